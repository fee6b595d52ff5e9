package io.netpoldojo.manifest;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The apimachinery string rules (k8s.io/apimachinery/pkg/util/validation and
 * api/validate/content), one small function each, returning the apiserver's messages (without
 * the regex it appends). An empty list means valid.
 */
final class ApiValidation {
    private ApiValidation() {}

    // The apimachinery regexes, matched by hand: every name, label key and value of a manifest
    // passes through these, and Java's regex engine runs interpreted for most of a short CLI run.
    // ApiValidationTest holds each against its regex on random strings.

    /** {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?} over {@code value[start, end)}. */
    static boolean isDns1123Label(CharSequence value, int start, int end) {
        if (end <= start || !isLowerAlnum(value.charAt(start)) || !isLowerAlnum(value.charAt(end - 1))) {
            return false;
        }
        for (int i = start + 1; i < end - 1; i++) {
            char c = value.charAt(i);
            if (c != '-' && !isLowerAlnum(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@code ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]}. */
    static boolean isQualifiedNamePart(String value) {
        int n = value.length();
        if (n == 0 || !isAlnum(value.charAt(0)) || !isAlnum(value.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = value.charAt(i);
            if (c != '-' && c != '_' && c != '.' && !isAlnum(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@code [-a-z0-9]+}. */
    static boolean isPortNameChars(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '-' && !isLowerAlnum(c)) {
                return false;
            }
        }
        return true;
    }

    /** Some character in {@code [a-z]}. */
    static boolean hasLowerLetter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    private static boolean isLowerAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean isAlnum(char c) {
        return isLowerAlnum(c) || (c >= 'A' && c <= 'Z');
    }

    static final String DNS1123_LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric "
            + "characters or '-', and must start and end with an alphanumeric character";
    static final String DNS1123_SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case "
            + "alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
    static final String QUALIFIED_NAME_MSG = "must consist of alphanumeric characters, '-', '_' or '.', and must "
            + "start and end with an alphanumeric character";
    static final String LABEL_VALUE_MSG = "a valid label must be an empty string or consist of alphanumeric "
            + "characters, '-', '_' or '.', and must start and end with an alphanumeric character";

    static String maxLength(int length) {
        return "must be no more than " + length + " characters";
    }

    // Yes-or-no forms of the rules below, for the readers' path: a valid value (nearly all of them)
    // costs no list and no message, and the quick JIT compiles none of the messages' code. Each is
    // true exactly when its rule's list is empty (ApiValidationTest, on random strings).

    /** {@code dns1123Label(value).isEmpty()}. */
    static boolean isValidDns1123Label(String value) {
        return value.length() <= 63 && isDns1123Label(value, 0, value.length());
    }

    /** {@code dns1123Subdomain(value).isEmpty()}. */
    static boolean isValidDns1123Subdomain(String value) {
        return value.length() <= 253 && isDns1123Subdomain(value);
    }

    /** {@code qualifiedName(value).isEmpty()}: an optional valid prefix and '/', then a name part of 1-63. */
    static boolean isValidQualifiedName(String value) {
        int slash = value.indexOf('/');
        if (slash < 0) {
            return value.length() <= 63 && isQualifiedNamePart(value);
        }
        if (slash == 0 || value.indexOf('/', slash + 1) >= 0 || !isValidDns1123Subdomain(value.substring(0, slash))) {
            return false;
        }
        String name = value.substring(slash + 1);
        return name.length() <= 63 && isQualifiedNamePart(name);
    }

    /** {@code labelValue(value).isEmpty()}. */
    static boolean isValidLabelValue(String value) {
        return value.isEmpty() || (value.length() <= 63 && isQualifiedNamePart(value));
    }

    /** {@code portName(port).isEmpty()}. */
    static boolean isValidPortName(String port) {
        return port.length() <= 15 && isPortNameChars(port) && hasLowerLetter(port) && !port.contains("--")
                && port.charAt(0) != '-' && port.charAt(port.length() - 1) != '-';
    }

    /** IsDNS1123Label: namespace names. */
    static List<String> dns1123Label(String value) {
        List<String> errs = new ArrayList<>();
        if (value.length() > 63) {
            errs.add(maxLength(63));
        }
        if (!isDns1123Label(value, 0, value.length())) {
            // A valid subdomain that is not a valid label can only be wrong by its dots.
            errs.add(isDns1123Subdomain(value) ? "must not contain dots" : DNS1123_LABEL_MSG);
        }
        return errs;
    }

    /** IsDNS1123Subdomain: names of pods, workloads and policies. */
    static List<String> dns1123Subdomain(String value) {
        List<String> errs = new ArrayList<>();
        if (value.length() > 253) {
            errs.add(maxLength(253));
        }
        if (!isDns1123Subdomain(value)) {
            errs.add(DNS1123_SUBDOMAIN_MSG);
        }
        return errs;
    }

    /**
     * {@code label(\.label)*} with each label a DNS-1123 label, checked label by label (the same
     * regex in one piece made Java's matcher recurse once per label, and a long "a.a.a..." name
     * overflowed the stack).
     */
    static boolean isDns1123Subdomain(String value) {
        int start = 0;
        while (true) {
            int dot = value.indexOf('.', start);
            int end = dot < 0 ? value.length() : dot;
            if (!isDns1123Label(value, start, end)) {
                return false;
            }
            if (dot < 0) {
                return true;
            }
            start = dot + 1;
        }
    }

    /** IsQualifiedName: label keys, an optional DNS subdomain prefix and '/', then a name of at most 63. */
    static List<String> qualifiedName(String value) {
        List<String> errs = new ArrayList<>();
        String[] parts = value.split("/", -1);
        String name;
        if (parts.length == 1) {
            name = parts[0];
        } else if (parts.length == 2) {
            String prefix = parts[0];
            name = parts[1];
            if (prefix.isEmpty()) {
                errs.add("prefix part must be non-empty");
            } else {
                for (String msg : dns1123Subdomain(prefix)) {
                    errs.add("prefix part " + msg);
                }
            }
        } else {
            errs.add("a valid label key " + QUALIFIED_NAME_MSG
                    + ", with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
            return errs;
        }
        if (name.isEmpty()) {
            errs.add("name part must be non-empty");
        } else if (name.length() > 63) {
            errs.add("name part " + maxLength(63));
        }
        if (!isQualifiedNamePart(name)) {
            errs.add("name part " + QUALIFIED_NAME_MSG);
        }
        return errs;
    }

    /** IsValidLabelValue: empty, or at most 63 characters of the qualified-name pattern. */
    static List<String> labelValue(String value) {
        List<String> errs = new ArrayList<>();
        if (value.length() > 63) {
            errs.add(maxLength(63));
        }
        if (!value.isEmpty() && !isQualifiedNamePart(value)) {
            errs.add(LABEL_VALUE_MSG);
        }
        return errs;
    }

    /**
     * IsValidPortName (IANA_SVC_NAME): 1-15 characters of [-a-z0-9], at least one letter, no
     * leading or trailing hyphen and no "--".
     */
    static List<String> portName(String port) {
        List<String> errs = new ArrayList<>();
        if (port.length() > 15) {
            errs.add(maxLength(15));
        }
        if (!isPortNameChars(port)) {
            errs.add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
        }
        if (!hasLowerLetter(port)) {
            errs.add("must contain at least one letter (a-z)");
        }
        if (port.contains("--")) {
            errs.add("must not contain consecutive hyphens");
        }
        if (!port.isEmpty() && (port.startsWith("-") || port.endsWith("-"))) {
            errs.add("must not begin or end with a hyphen");
        }
        return errs;
    }

    /** IsValidPortNum. */
    static List<String> portNumber(BigInteger port) {
        return isPortNumber(port) ? List.of() : List.of("must be between 1 and 65535, inclusive");
    }

    private static final BigInteger MAX_PORT = BigInteger.valueOf(65535);

    static boolean isPortNumber(BigInteger port) {
        return port.signum() > 0 && port.compareTo(MAX_PORT) <= 0;
    }
}
