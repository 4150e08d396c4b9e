/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * The client profile: what a guidance portal knows about a visitor, privacy-minded by construction.
 *
 * <p>A {@link io.github.careerguidance.core.profile.ClientProfile} holds bands and levels (age band, education
 * level, employment situation, province or labour-market region), consents, the chosen intake goal, the answers
 * given and the scores of instruments. It has no field for a name, address, birth date, BSN, e-mail address or
 * phone number, redacts itself in {@code toString()} and can be {@linkplain
 * io.github.careerguidance.core.profile.ClientProfile#erase() erased}.
 */
package io.github.careerguidance.core.profile;
