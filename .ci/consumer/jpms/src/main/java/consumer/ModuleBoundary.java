/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package consumer;

import io.github.careerguidance.core.calendar.DutchHolidays;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.plan.ActionPlans;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.journeys.check.JourneyChecker;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import io.github.careerguidance.quality.QualityChecker;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Runs on the module path (issue #18): the SDK's modules are named, their internal packages are not exported to
 * this module, and what reads resources, message bundles and JSON inside them works without {@code --add-modules}
 * or {@code --add-opens}.
 */
public final class ModuleBoundary {
    private ModuleBoundary() {}

    public static void main(String[] args) {
        Module self = ModuleBoundary.class.getModule();
        expect(self.isNamed(), "the consumer runs on the class path, not as a named module");
        for (Class<?> api : List.of(GuidanceCodec.class, JourneyEngine.class, QualityChecker.class)) {
            Module module = api.getModule();
            expect(module.isNamed(), api.getName() + " is not in a named module");
            for (String pkg : module.getPackages()) {
                boolean internal = pkg.endsWith(".internal") || pkg.contains(".internal.");
                // a package of resources only (message bundles) has no package-info and stays unexported
                boolean exported = !internal && Class.forName(module, pkg + ".package-info") != null;
                expect(module.isExported(pkg, self) == exported,
                        module.getName() + (exported ? " does not export " : " exports ") + pkg + " to a consumer");
            }
        }

        // resources inside the modules: reference journeys (YAML through Jackson), message bundles, holiday tables
        List<Journey> journeys = ReferenceJourneys.all();
        expect(journeys.size() >= 6, "reference journeys: " + journeys.size());
        Diagnostics findings = JourneyChecker.ofDefaults().check(journeys.get(0));
        expect(!findings.hasErrors(), "reference journey has errors: " + findings);
        JourneyEngine.compile(journeys.get(0));
        expect(DutchHolidays.standard().holiday(LocalDate.of(2027, 4, 27)).isPresent(), "Koningsdag 2027 is no holiday");

        // JSON into the Immutables values, and a diagnostic rendered from the core bundle in Dutch
        ReadResult<ActionPlan> broken = ActionPlans.read("{\"id\": 7}", GuidanceCodec.json());
        expect(!broken.isSuccessful(), "a broken plan was read");
        String dutch = broken.diagnostics().iterator().next().render(Locale.forLanguageTag("nl"));
        expect(!dutch.isBlank(), "no Dutch message");
        System.out.println("module path: " + GuidanceCodec.class.getModule().getName() + ", "
                + JourneyEngine.class.getModule().getName() + ", " + QualityChecker.class.getModule().getName()
                + " named, internals closed; " + journeys.size() + " reference journeys read; \"" + dutch + "\"");
    }

    private static void expect(boolean condition, String failure) {
        if (!condition) {
            throw new AssertionError(failure);
        }
    }
}
