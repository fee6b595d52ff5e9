package io.netpoldojo.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

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
