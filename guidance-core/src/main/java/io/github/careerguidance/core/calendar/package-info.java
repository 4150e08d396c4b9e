/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Business days: the Dutch public holidays of the Algemene termijnenwet ({@link
 * io.github.careerguidance.core.calendar.DutchHolidays}), business-day arithmetic ({@link
 * io.github.careerguidance.core.calendar.BusinessCalendar}) and the window in which a contact point calls a client
 * back ({@link io.github.careerguidance.core.calendar.CallbackWindow}).
 *
 * <p>The holiday rules are those of the Algemene termijnenwet, art. 3(1) and 3(2)
 * (https://wetten.overheid.nl/BWBR0002448, read 2026-12-07), with Easter by the Gregorian computus; days equated
 * by decree (art. 3(3)) are data per year. A recognised holiday is not automatically a day off for a service, so
 * whether a contact point closes on holidays is configurable ({@link
 * io.github.careerguidance.core.calendar.BusinessCalendar#pointsCloseOnHolidays()}), and a point's own
 * {@linkplain io.github.careerguidance.core.contact.OpeningHours#exceptions() exceptions} always win.
 */
@Beta
package io.github.careerguidance.core.calendar;

import io.github.careerguidance.core.meta.Beta;
