package org.gazette.render;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * The fingerprint of everything a page is rendered from: the code and templates (a salt), the
 * template's name and the page's model. Two equal fingerprints mean the same bytes, so an
 * incremental build renders only the pages whose fingerprint changed.
 *
 * <p>A model is read as what a template can see of it: strings, numbers, booleans, enums, dates,
 * optionals, lists, maps in their order, and records component by component (records are
 * immutable, and their methods, which templates may call, depend only on their components). Any
 * other value — a mutable class, a set or a map whose order is not fixed — makes the page
 * unfingerprintable ({@code null}) and it is simply rendered every time.
 */
final class PageInputs {

    /** An accessor's arguments: none, given as one array (a call without arguments makes a new empty array each time). */
    private static final Object[] NO_ARGUMENTS = {};

    private final byte[] salt;
    /**
     * Class → 64 bits of its name's SHA-256: what a fingerprint is fed for a value's class (a text of
     * a million blocks would otherwise feed its class name a million times).
     */
    private final ClassValue<Long> classIds = new ClassValue<>() {
        @Override
        protected Long computeValue(Class<?> type) {
            return java.util.HexFormat.fromHexDigitsToLong(new Fingerprint().string(type.getName()).hex(), 0, 16);
        }
    };
    /** Record class → its component accessors: looked up once per class, not once per record. */
    private final ClassValue<Method[]> accessors = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> record) {
            RecordComponent[] components = record.getRecordComponents();
            Method[] methods = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                methods[i] = components[i].getAccessor();
                methods[i].setAccessible(true); // records nested in package-private classes
            }
            return methods;
        }
    };

    /** @param salt what every page depends on besides its model and template name */
    PageInputs(String salt) {
        this.salt = salt.getBytes(StandardCharsets.UTF_8);
    }

    /** Fingerprints for pages rendered by this code with the templates of this folder (every file in it, by path and bytes). */
    static PageInputs of(String codeVersion, Path templates) throws IOException {
        Fingerprint folder = new Fingerprint();
        folder.string(codeVersion);
        try (Stream<Path> walk = Files.walk(templates)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                folder.string(templates.relativize(p).toString());
                folder.bytes(Files.readAllBytes(p));
            }
        }
        return new PageInputs(folder.hex());
    }

    /** The page's fingerprint (128 bits of SHA-256, in hex), or null when its model cannot be fingerprinted. */
    String of(String template, Map<String, Object> model) {
        Fingerprint digest = new Fingerprint();
        digest.bytes(salt);
        digest.string(template);
        try {
            value(model, digest);
        } catch (Unfingerprintable e) {
            return null;
        }
        return digest.hex();
    }

    private void value(Object v, Fingerprint d) {
        // Strings and records first: a document page's model is mostly these, and the tests below
        // were most of the fingerprints' time. (No record of a model is also a string, list or map.)
        if (v instanceof String s) {
            d.tag('s');
            d.string(s);
        } else if (v instanceof Record) {
            d.tag('r');
            classOf(v.getClass(), d);
            for (Method accessor : accessors.get(v.getClass())) {
                try {
                    value(accessor.invoke(v, NO_ARGUMENTS), d);
                } catch (ReflectiveOperationException e) {
                    throw new Unfingerprintable();
                }
            }
        } else if (v == null) {
            d.tag('0');
        } else if (v instanceof CharSequence s) {
            d.tag('s');
            d.string(s.toString());
        } else if (v instanceof Number || v instanceof Boolean || v instanceof Character || v instanceof TemporalAccessor) {
            d.tag('n');
            classOf(v.getClass(), d);
            d.string(v.toString());
        } else if (v instanceof Enum<?> e) {
            d.tag('e');
            classOf(e.getDeclaringClass(), d);
            d.string(e.name());
        } else if (v instanceof Optional<?> o) {
            d.tag('o');
            value(o.orElse(null), d);
        } else if (v instanceof List<?> list) {
            d.tag('l');
            d.number(list.size());
            for (Object item : list) value(item, d);
        } else if (v instanceof Map<?, ?> map && (map.size() < 2 || map instanceof LinkedHashMap || map instanceof SortedMap)) {
            d.tag('m');
            d.number(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                value(e.getKey(), d);
                value(e.getValue(), d);
            }
        } else if (v instanceof Collection<?> c && c.isEmpty()) {
            d.tag('l');
            d.number(0);
        } else {
            throw new Unfingerprintable(); // a set, a hash map, a mutable object: its order or state is not ours to know
        }
    }

    private void classOf(Class<?> type, Fingerprint d) {
        d.number((long) classIds.get(type));
    }

    /** A value that a fingerprint cannot stand for. */
    private static final class Unfingerprintable extends RuntimeException {
        Unfingerprintable() {
            super(null, null, false, false);
        }
    }
}
