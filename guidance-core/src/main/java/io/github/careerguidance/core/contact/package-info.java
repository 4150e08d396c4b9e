/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Contact points of guidance providers: the {@linkplain io.github.careerguidance.core.contact.ContactChannel
 * channels} they offer (chat, phone, video, walk-in, e-mail, SMS, webinar), their
 * {@linkplain io.github.careerguidance.core.contact.OpeningHours opening hours} in a time zone (weekly schedule plus
 * exceptions such as public holidays, correct across daylight-saving changes) and the
 * {@linkplain io.github.careerguidance.core.readiness.SupportLevel support levels} they serve.
 *
 * <p>The channel list is a guidance proposal built from the channels national portals offer (research notes
 * {@code shared/research/models-and-portals.md} §5 and §7H: eVejledning in Denmark offers phone, chat, SMS, e-mail
 * and later webinars, https://www.vejlederforum.dk/page1437.aspx?recordid1437=984 and
 * https://euroguidance.eu/images/publications/guidance_in_education_denmark/files/basic-html/page14.html; the
 * National Careers Service offers web, webchat, phone and face-to-face,
 * https://parallelparliament.co.uk/question/111633/national-careers-service). Opening hours are data per provider;
 * guidance ships none.
 */
package io.github.careerguidance.core.contact;
