/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import java.util.Locale;
import org.owasp.encoder.Encode;

/**
 * A small HTML builder: every text goes through the OWASP Java Encoder for its context, so nothing reaches the page
 * unescaped unless it is one of this class's own constant fragments.
 */
public final class Page {
    private final StringBuilder html = new StringBuilder(4096);
    private final Locale locale;

    /**
     * A page in a language.
     *
     * @param locale nl or en
     */
    public Page(Locale locale) {
        this.locale = locale;
    }

    /**
     * Picks the text in the page's language.
     *
     * @param nl Dutch
     * @param en English
     * @return one of them
     */
    public String t(String nl, String en) {
        return "nl".equals(locale.getLanguage()) ? nl : en;
    }

    /**
     * The page's language.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Appends trusted markup: a constant fragment of the portal's own code (never data).
     *
     * @param markup the markup
     * @return this page
     */
    public Page raw(String markup) {
        html.append(markup);
        return this;
    }

    /**
     * Appends text, escaped for HTML content.
     *
     * @param text the text
     * @return this page
     */
    public Page text(String text) {
        html.append(Encode.forHtmlContent(text));
        return this;
    }

    /**
     * Appends a text in the page's language, escaped.
     *
     * @param nl Dutch
     * @param en English
     * @return this page
     */
    public Page text(String nl, String en) {
        return text(t(nl, en));
    }

    /**
     * Appends a phrase in another language than the page's, escaped, in a {@code <span lang>} so that a screen
     * reader pronounces it right (WCAG 3.1.2); in the page's own language it is plain text.
     *
     * @param text the phrase
     * @param lang its language tag, such as {@code en}
     * @return this page
     */
    public Page phrase(String text, String lang) {
        if (lang.equals(locale.getLanguage())) {
            return text(text);
        }
        html.append("<span");
        attr("lang", lang);
        html.append('>');
        text(text);
        html.append("</span>");
        return this;
    }

    /**
     * Appends {@code name="value"} with the value escaped for a quoted attribute, preceded by a space.
     *
     * @param name the attribute name (a constant)
     * @param value the value
     * @return this page
     */
    public Page attr(String name, String value) {
        html.append(' ')
                .append(name)
                .append("=\"")
                .append(Encode.forHtmlAttribute(value))
                .append('"');
        return this;
    }

    /**
     * Appends an element with escaped text: {@code <tag>text</tag>}.
     *
     * @param tag the tag (a constant)
     * @param text the text
     * @return this page
     */
    public Page el(String tag, String text) {
        html.append('<').append(tag).append('>');
        text(text);
        html.append("</").append(tag).append('>');
        return this;
    }

    /**
     * Appends a link; only http(s) and site-relative targets are linked, anything else is shown as text.
     *
     * @param href the target
     * @param text the link text
     * @return this page
     */
    public Page link(String href, String text) {
        if (href.startsWith("https://")
                || href.startsWith("http://")
                || (href.startsWith("/") && !href.startsWith("//"))) {
            html.append("<a");
            attr("href", href);
            html.append('>');
            text(text);
            html.append("</a>");
        } else {
            text(text);
        }
        return this;
    }

    /**
     * Appends a hidden input.
     *
     * @param name the field name
     * @param value the value
     * @return this page
     */
    public Page hidden(String name, String value) {
        html.append("<input type=\"hidden\"");
        attr("name", name);
        attr("value", value);
        html.append('>');
        return this;
    }

    @Override
    public String toString() {
        return html.toString();
    }
}
