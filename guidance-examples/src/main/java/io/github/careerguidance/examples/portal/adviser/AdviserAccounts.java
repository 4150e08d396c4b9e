/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.adviser;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The advisers who may sign in to the portal's adviser view. Read from a properties file,
 * <pre>
 * # guidance serve --advisers advisers.properties
 * anna.regions = utrecht, landelijk
 * anna.password = $argon2id$v=19$m=19456,t=2,p=1$...
 * </pre>
 * or from the environment variable {@code GUIDANCE_ADVISERS} as {@code name:region,region:hash} entries separated by
 * white space. Hashes come from {@code guidance serve --hash-password}; a password never appears in either.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AdviserAccounts {
    /** A hash that matches no password, checked for unknown names so that they take as long as known ones. */
    private static final String NO_ACCOUNT = PasswordHashing.hash("no account has this password " + System.nanoTime());

    private final Map<String, AdviserAccount> accounts;

    private AdviserAccounts(Map<String, AdviserAccount> accounts) {
        this.accounts = accounts;
    }

    /**
     * Accounts from a list.
     *
     * @param accounts the accounts, names unique
     * @return the accounts
     * @throws IllegalArgumentException when a name repeats
     */
    public static AdviserAccounts of(List<AdviserAccount> accounts) {
        Map<String, AdviserAccount> byName = new LinkedHashMap<>();
        for (AdviserAccount a : accounts) {
            if (byName.putIfAbsent(a.name(), a) != null) {
                throw new IllegalArgumentException("adviser '" + a.name() + "' is named twice");
            }
        }
        return new AdviserAccounts(Map.copyOf(byName));
    }

    /**
     * No accounts: the adviser view refuses every sign-in.
     *
     * @return the empty accounts
     */
    public static AdviserAccounts none() {
        return new AdviserAccounts(Map.of());
    }

    /**
     * Reads a properties file of accounts.
     *
     * @param file the file
     * @return the accounts
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when it is not a valid accounts file (the message names the key)
     */
    public static AdviserAccounts read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Parses the text of a properties file of accounts: {@code NAME.regions} and {@code NAME.password} per adviser.
     *
     * @param text the text
     * @return the accounts
     * @throws IllegalArgumentException when a key is unknown, a part is missing or has the wrong shape
     */
    public static AdviserAccounts parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the accounts file is not a properties file: " + e.getMessage(), e);
        }
        Map<String, String> regions = new LinkedHashMap<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            int dot = key.lastIndexOf('.');
            String name = dot > 0 ? key.substring(0, dot) : key;
            String part = dot > 0 ? key.substring(dot + 1) : "";
            switch (part) {
                case "regions" -> regions.put(name, p.getProperty(key));
                case "password" -> hashes.put(name, p.getProperty(key).strip());
                default ->
                    throw new IllegalArgumentException(
                            "unknown key '" + key + "' in the accounts file (expected NAME.regions and NAME.password)");
            }
        }
        Set<String> names = new LinkedHashSet<>(regions.keySet());
        names.addAll(hashes.keySet());
        List<AdviserAccount> list = names.stream()
                .map(name -> {
                    if (!regions.containsKey(name) || !hashes.containsKey(name)) {
                        throw new IllegalArgumentException(
                                "adviser '" + name + "' needs both " + name + ".regions and " + name + ".password");
                    }
                    return new AdviserAccount(name, regionSet(regions.get(name)), hashes.get(name));
                })
                .toList();
        return of(list);
    }

    /**
     * Parses the environment form: {@code name:region,region:hash} entries separated by white space.
     *
     * @param value the value of {@code GUIDANCE_ADVISERS}
     * @return the accounts
     * @throws IllegalArgumentException when an entry has the wrong shape (the message gives its position, not its text)
     */
    public static AdviserAccounts fromEnvironment(String value) {
        Objects.requireNonNull(value, "value");
        List<String> entries = Arrays.stream(value.strip().split("\\s+"))
                .filter(e -> !e.isEmpty())
                .toList();
        List<AdviserAccount> list = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String[] parts = entries.get(i).split(":", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException(
                        "GUIDANCE_ADVISERS entry " + (i + 1) + " is not name:region,region:hash");
            }
            list.add(new AdviserAccount(parts[0], regionSet(parts[1]), parts[2]));
        }
        return of(list);
    }

    private static Set<String> regionSet(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String r : text.split(",")) {
            if (!r.isBlank()) {
                out.add(r.strip());
            }
        }
        return out;
    }

    /**
     * Checks a sign-in. An unknown name costs the same hashing as a known one, and the answer does not say which of
     * the two was wrong.
     *
     * @param name the account name given
     * @param password the password given
     * @return the account when the name is known and the password matches
     */
    public Optional<AdviserAccount> verify(String name, CharSequence password) {
        AdviserAccount account = name == null ? null : accounts.get(name);
        boolean matches = PasswordHashing.matches(password, account == null ? NO_ACCOUNT : account.passwordHash());
        return account != null && matches ? Optional.of(account) : Optional.empty();
    }

    /**
     * An account by name.
     *
     * @param name the name
     * @return the account, or empty
     */
    public Optional<AdviserAccount> find(String name) {
        return Optional.ofNullable(accounts.get(name));
    }

    /**
     * The number of accounts.
     *
     * @return the count
     */
    public int size() {
        return accounts.size();
    }

    @Override
    public String toString() {
        return "AdviserAccounts{" + new TreeSet<>(accounts.keySet()) + "}";
    }
}
