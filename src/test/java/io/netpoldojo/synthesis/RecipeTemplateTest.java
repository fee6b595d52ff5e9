package io.netpoldojo.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.manifest.ManifestLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recipes as forms: their slots, filled in, and what is wrong with a value. */
class RecipeTemplateTest {
    private static List<NetworkPolicy> recipe(String file) {
        return new ManifestLoader().loadFiles(List.of(Path.of("content/recipes/" + file))).cluster().policies();
    }

    @Test
    void anAppToAppRecipeAsksForItsSelectorsPeersAndPort() {
        RecipeTemplate t = RecipeTemplate.of(recipe("06-allow-app-on-port.yaml"), "shop");
        assertEquals(List.of("namespace=shop", "name=allow-frontend-to-backend", "pods=app=backend",
                        "ingress[0].from[0].pods=app=frontend", "ingress[0].ports[0]=8080/TCP"),
                t.slots().stream().map(s -> s.id() + "=" + s.initial()).toList());
        RecipeTemplate.Filled f = t.fill(Map.of("pods", "app=mysql", "ingress[0].from[0].pods", "app=backend,tier=api",
                "ingress[0].ports[0]", "3306", "name", "allow-backend-to-mysql"));
        assertTrue(f.valid(), f.problems().toString());
        NetworkPolicy p = f.policies().get(0);
        assertEquals("shop/allow-backend-to-mysql", p.id());
        assertEquals("app=mysql", p.podSelector().toString());
        assertEquals("[pods app=backend,tier=api in the policy's namespace]", p.ingress().get(0).peers().toString());
        assertEquals("[3306/TCP]", p.ingress().get(0).ports().toString());
    }

    @Test
    void eachBadValueIsReportedAtItsSlot() {
        RecipeTemplate t = RecipeTemplate.of(recipe("08-allow-from-alb.yaml"), "default");
        RecipeTemplate.Filled f = t.fill(Map.of("namespace", "Prod", "ingress[0].from[0].cidr", "10.0.0.1/8",
                "ingress[0].ports[0]", "http", "pods", "app"));
        assertEquals(List.of("namespace", "pods", "ingress[0].from[0].cidr", "ingress[0].ports[0]"),
                List.copyOf(f.problems().keySet()));
        assertEquals("host bits are set: write 10.0.0.0/8", f.problems().get("ingress[0].from[0].cidr"));
    }

    @Test
    void aSetOfPoliciesOnlyAsksWhereItGoes() {
        RecipeTemplate t = RecipeTemplate.of(recipe("09-microservices-set.yaml"), "shop");
        assertEquals(List.of("namespace"), t.slots().stream().map(RecipeTemplate.Slot::id).toList());
        assertEquals(4, t.fill(Map.of()).policies().stream().filter(p -> p.namespace().equals("shop")).count());
    }
}
