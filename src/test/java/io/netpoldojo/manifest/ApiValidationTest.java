package io.netpoldojo.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ApiValidation matches apimachinery's name regexes by hand (they run for every name, label key
 * and value of a manifest). Each hand-written test must answer as the regex does: here on
 * 200,000 random strings over the characters that decide them (both cases, digits, '-', '_',
 * '.', '/', a space, a newline, and letters and digits outside ASCII, which the regexes refuse).
 */
class ApiValidationTest {
    private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS1123_SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    private static final Pattern PORT_NAME_CHARS = Pattern.compile("[-a-z0-9]+");
    private static final Pattern HAS_LETTER = Pattern.compile("[a-z]");
    private static final String ALPHABET = "azAZ09-_./ \n\u00e9\u0663\uff10";

    @Test
    void theHandWrittenMatchersAnswerAsTheRegexesDo() {
        Random random = new Random(24);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(9);
            for (int i = 0; i < length; i++) {
                // Mostly the characters a valid name uses, so that valid names come up often too.
                sb.append(random.nextInt(4) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                        : "ab09-.".charAt(random.nextInt(6)));
            }
            String s = sb.toString();
            assertEquals(DNS1123_LABEL.matcher(s).matches(), ApiValidation.isDns1123Label(s, 0, s.length()), s);
            assertEquals(DNS1123_SUBDOMAIN.matcher(s).matches(), ApiValidation.isDns1123Subdomain(s), s);
            assertEquals(QUALIFIED_NAME.matcher(s).matches(), ApiValidation.isQualifiedNamePart(s), s);
            assertEquals(PORT_NAME_CHARS.matcher(s).matches(), ApiValidation.isPortNameChars(s), s);
            assertEquals(HAS_LETTER.matcher(s).find(), ApiValidation.hasLowerLetter(s), s);
        }
    }

    /**
     * The readers ask the yes-or-no forms and build the messages only for a value that fails: each
     * must say yes exactly when its rule has no message, here on 300,000 random strings, short and
     * long (over each length limit), with and without prefixes.
     */
    @Test
    void theYesOrNoChecksSayYesExactlyWhenTheRulesHaveNoMessage() {
        Random random = new Random(7);
        int valid = 0;
        for (int n = 0; n < 300_000; n++) {
            String s = randomName(random);
            assertEquals(ApiValidation.dns1123Label(s).isEmpty(), ApiValidation.isValidDns1123Label(s), s);
            assertEquals(ApiValidation.dns1123Subdomain(s).isEmpty(), ApiValidation.isValidDns1123Subdomain(s), s);
            assertEquals(ApiValidation.qualifiedName(s).isEmpty(), ApiValidation.isValidQualifiedName(s), s);
            assertEquals(ApiValidation.labelValue(s).isEmpty(), ApiValidation.isValidLabelValue(s), s);
            assertEquals(ApiValidation.portName(s).isEmpty(), ApiValidation.isValidPortName(s), s);
            valid += ApiValidation.isValidQualifiedName(s) ? 1 : 0;
        }
        // Valid and invalid names both come up often, so both answers are tested.
        org.junit.jupiter.api.Assertions.assertTrue(valid > 30_000 && valid < 270_000, "valid qualified names: " + valid);
    }

    /**
     * The length limits, at and one past each, with content that is otherwise valid (random strings
     * seldom reach them): a label, a label value and a qualified name's name part 63, a subdomain
     * and a qualified name's prefix 253, a port name 15. Each yes-or-no form must say what
     * apimachinery says, and agree with its message list.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "label 63, dns1123Label, 63, true", "label 64, dns1123Label, 64, false",
            "subdomain 253, dns1123Subdomain, 253, true", "subdomain 254, dns1123Subdomain, 254, false",
            "name 63, qualifiedName, 63, true", "name 64, qualifiedName, 64, false",
            "prefix 253 / name, qualifiedName, 253/x, true", "prefix 254 / name, qualifiedName, 254/x, false",
            "prefix / name 63, qualifiedName, a/63, true", "prefix / name 64, qualifiedName, a/64, false",
            "label value 63, labelValue, 63, true", "label value 64, labelValue, 64, false",
            "port name 15, portName, 15, true", "port name 16, portName, 16, false"})
    void theLengthLimitsHoldAtAndOnePastEachLimit(String what, String rule, String shape, boolean valid) {
        String value = shaped(shape);
        boolean yes = switch (rule) {
            case "dns1123Label" -> ApiValidation.isValidDns1123Label(value);
            case "dns1123Subdomain" -> ApiValidation.isValidDns1123Subdomain(value);
            case "qualifiedName" -> ApiValidation.isValidQualifiedName(value);
            case "labelValue" -> ApiValidation.isValidLabelValue(value);
            default -> ApiValidation.isValidPortName(value);
        };
        List<String> messages = switch (rule) {
            case "dns1123Label" -> ApiValidation.dns1123Label(value);
            case "dns1123Subdomain" -> ApiValidation.dns1123Subdomain(value);
            case "qualifiedName" -> ApiValidation.qualifiedName(value);
            case "labelValue" -> ApiValidation.labelValue(value);
            default -> ApiValidation.portName(value);
        };
        assertEquals(valid, yes, what + ": " + value);
        assertEquals(valid, messages.isEmpty(), what + ": " + messages);
    }

    /** "63" is 63 valid characters; "253/x" a 253-character subdomain, a slash and "x"; "a/64" "a/" and 64. */
    private static String shaped(String shape) {
        int slash = shape.indexOf('/');
        if (slash >= 0) {
            return shaped(shape.substring(0, slash)) + "/" + shaped(shape.substring(slash + 1));
        }
        if (!Character.isDigit(shape.charAt(0))) {
            return shape;
        }
        int length = Integer.parseInt(shape);
        // Past 64 characters, dots every 50, so that a subdomain's labels stay under 63.
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(length > 64 && i % 50 == 49 && i < length - 1 ? '.' : (i % 2 == 0 ? 'a' : 'b'));
        }
        return sb.toString();
    }

    private static String randomName(Random random) {
        StringBuilder sb = new StringBuilder();
        int parts = random.nextInt(5) == 0 ? 2 + random.nextInt(2) : 1;
        for (int part = 0; part < parts; part++) {
            if (part > 0) {
                sb.append('/');
            }
            int length = switch (random.nextInt(6)) {
                case 0 -> 0;
                case 1 -> 10 + random.nextInt(60);        // around the limits of 15 and 63
                case 2 -> 240 + random.nextInt(20);       // around the limit of 253
                default -> 1 + random.nextInt(8);
            };
            for (int i = 0; i < length; i++) {
                sb.append(random.nextInt(6) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                        : "ab09-.".charAt(random.nextInt(6)));
            }
        }
        return sb.toString();
    }

    @Test
    void aLabelInsideALongerTextIsCheckedOnItsOwnRange() {
        assertEquals(true, ApiValidation.isDns1123Label("x.web-1.y", 2, 7));
        assertEquals(false, ApiValidation.isDns1123Label("x.web-.y", 2, 6));
        assertEquals(false, ApiValidation.isDns1123Label("x..y", 2, 2));
    }
}
