package io.netpoldojo.manifest;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The apimachinery string rules (k8s.io/apimachinery/pkg/util/validation and
 * api/validate/content), one small function each, returning the apiserver's messages (without
 * the regex it appends). An empty list means valid.
 */
final class ApiValidation {
    private ApiValidation() {}

    private static final String LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private static final Pattern DNS1123_LABEL = Pattern.compile(LABEL_FMT);
    private static final Pattern QUALIFIED_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    private static final Pattern PORT_NAME_CHARS = Pattern.compile("[-a-z0-9]+");
    private static final Pattern HAS_LETTER = Pattern.compile("[a-z]");

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

    /** IsDNS1123Label: namespace names. */
    static List<String> dns1123Label(String value) {
        List<String> errs = new ArrayList<>();
        if (value.length() > 63) {
            errs.add(maxLength(63));
        }
        if (!DNS1123_LABEL.matcher(value).matches()) {
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
     * {@code label(\.label)*} with each label a DNS-1123 label, checked label by label: the same
     * regex in one piece makes Java's matcher recurse once per label, and a long "a.a.a..." name
     * overflowed the stack.
     */
    static boolean isDns1123Subdomain(String value) {
        int start = 0;
        while (true) {
            int dot = value.indexOf('.', start);
            int end = dot < 0 ? value.length() : dot;
            if (!DNS1123_LABEL.matcher(value.subSequence(start, end)).matches()) {
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
        if (!QUALIFIED_NAME.matcher(name).matches()) {
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
        if (!value.isEmpty() && !QUALIFIED_NAME.matcher(value).matches()) {
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
        if (!PORT_NAME_CHARS.matcher(port).matches()) {
            errs.add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
        }
        if (!HAS_LETTER.matcher(port).find()) {
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

    static boolean isPortNumber(BigInteger port) {
        return port.signum() > 0 && port.compareTo(BigInteger.valueOf(65535)) <= 0;
    }
}
