package io.netpoldojo.manifest;

import java.util.List;

/**
 * The apiserver's rules for names, labels and port names, for editors that check a value as it
 * is typed (the canvas's rename and label dialogs). Each returns the problems, empty when valid,
 * in the same words as the loader's diagnostics.
 */
public final class ApiNames {
    private ApiNames() {}

    /** Pod, workload and NetworkPolicy names: DNS-1123 subdomains. */
    public static List<String> objectName(String name) {
        return ApiValidation.dns1123Subdomain(name);
    }

    /** Namespace names: DNS-1123 labels. */
    public static List<String> namespaceName(String name) {
        return ApiValidation.dns1123Label(name);
    }

    public static List<String> labelKey(String key) {
        return ApiValidation.qualifiedName(key);
    }

    public static List<String> labelValue(String value) {
        return ApiValidation.labelValue(value);
    }

    /** Container port names (IANA service names). */
    public static List<String> portName(String name) {
        return ApiValidation.portName(name);
    }
}
