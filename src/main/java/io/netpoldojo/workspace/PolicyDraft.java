package io.netpoldojo.workspace;

/**
 * One policy as the person wrote it. The YAML text is the source of truth, so nothing typed is
 * ever lost, even while it does not parse; {@code enabled} says whether it is applied.
 *
 * @param key a stable identity within the workspace (survives renames and edits)
 */
public record PolicyDraft(String key, String yaml, boolean enabled) {
    public PolicyDraft withYaml(String newYaml) {
        return new PolicyDraft(key, newYaml, enabled);
    }

    public PolicyDraft withEnabled(boolean on) {
        return new PolicyDraft(key, yaml, on);
    }
}
