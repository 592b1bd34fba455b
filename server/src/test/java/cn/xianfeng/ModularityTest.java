package cn.xianfeng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * Features talk through their public facades and events only, and each says in its {@code package-info.java} which
 * others it may use; this fails when one reaches into another, or into one it has not declared. It also writes the
 * module graph and each module's canvas to {@code docs/modules/} at the repository root, so they stay current.
 */
class ModularityTest {

    private static final String BASE = XianfengApplication.class.getPackageName();

    // Analysing the classes takes seconds: once for the class, not once per test.
    private static final ApplicationModules MODULES = ApplicationModules.of(XianfengApplication.class);

    @Test
    void featureBoundariesHold() {
        MODULES.verify();
    }

    /**
     * Every package directly under the base package is a module that says what it is: found on the class path, not
     * listed by hand, so a new feature cannot be left out of the check.
     */
    @Test
    void everyFeaturePackageIsADeclaredModule() throws IOException {
        Set<String> features = featurePackagesOnTheClassPath();
        Set<String> moduleNames = new TreeSet<>();
        MODULES.forEach(module -> moduleNames.add(module.getBasePackage().getName()));

        assertThat(features).as("the feature packages found").hasSizeGreaterThanOrEqualTo(8)
                .contains(BASE + ".chat", BASE + ".cobuild", BASE + ".org");
        assertThat(moduleNames).containsExactlyInAnyOrderElementsOf(features);
        for (String feature : features) {
            Package info = packageInfo(feature);
            assertThat(info).as("package-info.java of %s", feature).isNotNull();
            ApplicationModule declared = info.getAnnotation(ApplicationModule.class);
            assertThat(declared).as("@ApplicationModule on %s", feature).isNotNull();
            assertThat(declared.allowedDependencies()).as("allowedDependencies of %s", feature)
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
        }
    }

    /**
     * The declarations are the graph, no wider: a dependency that went away leaves its module's list too, so the
     * lists (and the diagrams) can be read as what the code does.
     */
    @Test
    void eachModuleDeclaresExactlyTheModulesItUses() {
        MODULES.forEach(module -> {
            Set<String> used = module.getDirectDependencies(MODULES).stream()
                    .map(ApplicationModuleDependency::getTargetModule).map(m -> m.getName())
                    .filter(name -> !name.equals(module.getName())).collect(Collectors.toCollection(TreeSet::new));
            Set<String> declared = Arrays.stream(packageInfo(module.getBasePackage().getName())
                    .getAnnotation(ApplicationModule.class).allowedDependencies())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(declared).as("allowedDependencies of %s", module.getName()).isEqualTo(used);
        });
    }

    /** The C4 component diagram of all modules, one per module, and each module's canvas, as PlantUML/AsciiDoc. */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        Path server = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
        Path root = server.getParent();
        // The Documenter empties its folder first: make sure it is the one beside server/ and sql/.
        assertThat(root.resolve("server/pom.xml")).exists();
        assertThat(root.resolve("sql")).isDirectory();
        Path folder = root.resolve("docs/modules");

        new Documenter(MODULES, Options.defaults().withOutputFolder(folder.toString()))
                .writeDocumentation(DiagramOptions.defaults().withStyle(DiagramStyle.C4), CanvasOptions.defaults());
        try (var files = Files.list(folder)) {
            for (Path diagram : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
            }
        }

        assertThat(folder.resolve("components.puml")).exists();
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .contains("module-chat.puml", "module-cobuild.adoc");
        }
    }

    /**
     * The Documenter lists components and relations in an order that changes from run to run; sorted, the committed
     * diagrams change only when the graph does. Each run of consecutive {@code Component(} or {@code Rel(} lines is
     * sorted in place; everything else stays where it is.
     */
    private static List<String> inStableOrder(List<String> lines) {
        List<String> result = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : lines) {
            String kind = line.strip().startsWith("Component(") ? "Component("
                    : line.startsWith("Rel(") ? "Rel(" : null;
            if (!Objects.equals(kind, runKind)) {
                run.sort(null);
                result.addAll(run);
                run.clear();
                runKind = kind;
            }
            if (kind == null) {
                result.add(line);
            } else {
                run.add(line);
            }
        }
        run.sort(null);
        result.addAll(run);
        return result;
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
