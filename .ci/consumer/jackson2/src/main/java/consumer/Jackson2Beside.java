/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * An application that uses Jackson 2 (com.fasterxml.jackson, as Spring Boot 3 does) beside guidance (Jackson 3,
 * tools.jackson): both work in one class path, sharing com.fasterxml.jackson.core:jackson-annotations. Exits 1 when
 * either side fails.
 */
public final class Jackson2Beside {
    private Jackson2Beside() {}

    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String json = mapper.writeValueAsString(Map.of("app", "spring-style"));
        Map<?, ?> back = mapper.readValue(json, Map.class);
        ReadmeSnippets.expect("spring-style".equals(back.get("app")), "Jackson 2 round trip gave " + back);
        ReadmeSnippets.main(args);
        System.out.println("README snippets ran beside Jackson 2 " + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION
                + "; jackson-annotations from "
                + com.fasterxml.jackson.annotation.JsonProperty.class.getProtectionDomain().getCodeSource().getLocation()
                        .getPath().replaceAll(".*/", ""));
    }
}
