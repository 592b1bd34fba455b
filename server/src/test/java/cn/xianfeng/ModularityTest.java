package cn.xianfeng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** Features talk through their public facades and events only; this fails when one reaches into another. */
class ModularityTest {

    private static final String BASE = XianfengApplication.class.getPackageName();

    private final ApplicationModules modules = ApplicationModules.of(XianfengApplication.class);

    @Test
    void featureBoundariesHold() {
        modules.verify();
    }

    /**
     * Every package directly under the base package is a module that says what it is: found on the class path, not
     * listed by hand, so a new feature cannot be left out of the check.
     */
    @Test
    void everyFeaturePackageIsADeclaredModule() throws IOException {
        Set<String> features = featurePackagesOnTheClassPath();
        Set<String> moduleNames = new TreeSet<>();
        modules.forEach(module -> moduleNames.add(module.getBasePackage().getName()));

        assertThat(features).as("the feature packages found").hasSizeGreaterThanOrEqualTo(8)
                .contains(BASE + ".chat", BASE + ".cobuild", BASE + ".org");
        assertThat(moduleNames).containsExactlyInAnyOrderElementsOf(features);
        for (String feature : features) {
            Package info = packageInfo(feature);
            assertThat(info).as("package-info.java of %s", feature).isNotNull();
            assertThat(info.getAnnotation(ApplicationModule.class))
                    .as("@ApplicationModule on %s", feature).isNotNull();
        }
    }

    private static Set<String> featurePackagesOnTheClassPath() throws IOException {
        String root = BASE.replace('.', '/') + "/";
        Set<String> features = new TreeSet<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:" + root + "*/**/*.class")) {
            String url = resource.getURL().toString();
            // Main classes only: test classes live in the same packages but under target/test-classes.
            if (url.contains("/test-classes/")) {
                continue;
            }
            String rest = url.substring(url.lastIndexOf(root) + root.length());
            features.add(BASE + "." + rest.substring(0, rest.indexOf('/')));
        }
        return features;
    }

    private static Package packageInfo(String name) {
        try {
            return Class.forName(name + ".package-info").getPackage();
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
