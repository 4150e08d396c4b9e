/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.resume.ResumeCode;
import io.github.careerguidance.examples.portal.store.JdbcAttemptCounts;
import io.github.careerguidance.examples.portal.store.JdbcResumeStore;
import io.github.careerguidance.examples.portal.store.JdbcSessionStore;
import io.github.careerguidance.examples.portal.store.PortalDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * More than one machine (issue #15): two portals on one database, as two processes behind a load balancer, share the
 * limit on resume-code attempts per client address. Ten wrong codes spread over both use up the address's ten
 * attempts; the eleventh, on either portal, is refused with a 429. Without shared counts each portal would allow ten.
 */
class PortalSharedLimitsTest {
    @TempDir
    Path dir;

    @Test
    void twoPortalsOnOneDatabaseShareTheResumeCodeLimit() throws Exception {
        SecureRandom random = new SecureRandom();
        try (PortalDatabase db = PortalDatabase.h2(dir);
                JdbcSessionStore store = JdbcSessionStore.on(db)) {
            JdbcResumeStore resumes = JdbcResumeStore.open(db.dataSource());
            JdbcAttemptCounts counts = JdbcAttemptCounts.open(db.dataSource());
            try (Portal a = Portal.builder()
                            .store(store)
                            .resumeStore(resumes)
                            .attemptCounts(counts)
                            .port(0)
                            .start();
                    Portal b = Portal.builder()
                            .store(store)
                            .resumeStore(resumes)
                            .attemptCounts(counts)
                            .port(0)
                            .start()) {
                PortalClient onA = new PortalClient(a.uri());
                PortalClient onB = new PortalClient(b.uri());
                onA.get("/");
                onB.get("/");
                for (int i = 0; i < 10; i++) {
                    PortalClient c = i % 2 == 0 ? onA : onB;
                    HttpResponse<String> wrong = c.post(
                            "/resume", "code", ResumeCode.generate(random).display());
                    assertThat(wrong.statusCode()).as("attempt %d", i + 1).isEqualTo(422);
                }
                HttpResponse<String> limitedOnA =
                        onA.post("/resume", "code", ResumeCode.generate(random).display());
                HttpResponse<String> limitedOnB =
                        onB.post("/resume", "code", ResumeCode.generate(random).display());
                assertThat(limitedOnA.statusCode()).isEqualTo(429);
                assertThat(limitedOnB.statusCode()).isEqualTo(429);
                assertThat(limitedOnB.body()).contains("Te veel pogingen");
            }
        }
    }
}
