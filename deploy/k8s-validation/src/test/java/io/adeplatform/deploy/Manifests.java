package io.adeplatform.deploy;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Renders the overlays of deploy/k8s with {@code kubectl kustomize} (once per overlay and test JVM) and gives the
 * rendered objects as plain maps and lists, with small helpers to walk them.
 */
final class Manifests {

    static final List<String> OVERLAYS = List.of("dev", "prod");
    /** Application Deployments and their container (HTTP) port, as in the root README. */
    static final Map<String, Integer> APPS = Map.of(
            "gateway", 8080,
            "relationship-service", 8081,
            "portfolio-service", 8082,
            "consumption-service", 8083,
            "escalation-service", 8084,
            "billing-service", 8085);
    static final List<String> SERVICES = List.of("relationship-service", "portfolio-service", "consumption-service",
            "escalation-service", "billing-service");

    private static final Map<String, List<Map<String, Object>>> RENDERED = new ConcurrentHashMap<>();

    private Manifests() {
    }

    /** deploy/ of the repository (this module lives in deploy/k8s-validation). */
    static Path deployDir() {
        Path module = Path.of("").toAbsolutePath();
        for (Path p = module; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("deploy/k8s/overlays"))) {
                return p.resolve("deploy");
            }
        }
        throw new IllegalStateException("deploy/k8s/overlays not found above " + module);
    }

    static Path repoDir() {
        return deployDir().getParent();
    }

    static Path overlayDir(String overlay) {
        return deployDir().resolve("k8s/overlays").resolve(overlay);
    }

    /** The kubectl to use: $KUBECTL, else /usr/bin/kubectl, else the first one on PATH; fails clearly without. */
    static String kubectl() {
        String env = System.getenv("KUBECTL");
        if (env != null && !env.isBlank()) {
            if (!Files.isExecutable(Path.of(env))) {
                throw new AssertionError("$KUBECTL=" + env + " is not an executable kubectl");
            }
            return env;
        }
        if (Files.isExecutable(Path.of("/usr/bin/kubectl"))) {
            return "/usr/bin/kubectl";
        }
        String path = Objects.requireNonNullElse(System.getenv("PATH"), "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError("kubectl not found (looked at $KUBECTL, /usr/bin/kubectl and PATH): the manifest "
                + "validation renders the overlays with `kubectl kustomize` and needs kubectl >= 1.27 installed");
    }

    /** Output of {@code kubectl kustomize <dir>}; fails the test with kubectl's message when rendering fails. */
    static String kustomize(Path dir) {
        try {
            Path err = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder(kubectl(), "kustomize", dir.toString())
                    .redirectError(err.toFile())
                    .start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + dir + " did not finish in 120 s");
            }
            String stderr = Files.readString(err);
            Files.deleteIfExists(err);
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed (exit " + process.exitValue() + "):\n"
                        + stderr);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The rendered objects of an overlay. */
    static List<Map<String, Object>> rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> Collections.unmodifiableList(parse(kustomize(overlayDir(o)))));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parse(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(50 * 1024 * 1024);
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new Yaml(new SafeConstructor(options)).loadAll(yaml)) {
            if (doc != null) {
                docs.add((Map<String, Object>) doc);
            }
        }
        return docs;
    }

    static Stream<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind")));
    }

    static Optional<Map<String, Object>> find(List<Map<String, Object>> objects, String kind, String name) {
        return ofKind(objects, kind).filter(o -> name.equals(name(o))).findFirst();
    }

    static Map<String, Object> get(List<Map<String, Object>> objects, String kind, String name) {
        return find(objects, kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    static String name(Map<String, Object> object) {
        return str(object, "metadata", "name");
    }

    static String id(Map<String, Object> object) {
        return object.get("kind") + "/" + name(object);
    }

    /** The value at a path of map keys and list indexes, or null. */
    @SuppressWarnings("unchecked")
    static Object at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(step);
            } else if (current instanceof List<?> list && step instanceof Integer i) {
                current = i < list.size() ? list.get(i) : null;
            } else {
                return null;
            }
        }
        return current;
    }

    static String str(Object node, Object... path) {
        Object value = at(node, path);
        return value == null ? null : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, Object... path) {
        Object value = at(node, path);
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object node, Object... path) {
        Object value = at(node, path);
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object node, Object... path) {
        Object value = at(node, path);
        return value instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    /** Does a label selector ({matchLabels}) select these labels? Only matchLabels is used in deploy/k8s. */
    static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        Map<String, Object> match = map(selector, "matchLabels");
        if (!list(selector, "matchExpressions").isEmpty()) {
            throw new AssertionError("matchExpressions are not supported by these checks: " + selector);
        }
        return match.entrySet().stream().allMatch(e -> Objects.equals(String.valueOf(e.getValue()),
                labels.get(e.getKey()) == null ? null : String.valueOf(labels.get(e.getKey()))));
    }

    static Map<String, Object> podLabels(Map<String, Object> deployment) {
        return map(deployment, "spec", "template", "metadata", "labels");
    }

    static Map<String, Object> container(Map<String, Object> deployment) {
        List<Map<String, Object>> containers = list(deployment, "spec", "template", "spec", "containers");
        if (containers.size() != 1) {
            throw new AssertionError(id(deployment) + " should have exactly one container");
        }
        return containers.get(0);
    }

    /** The ConfigMap data a Deployment gets through envFrom (kustomize renames generated ConfigMaps). */
    static Map<String, String> configEnv(List<Map<String, Object>> objects, Map<String, Object> deployment) {
        Map<String, String> env = new java.util.TreeMap<>();
        for (Map<String, Object> from : list(container(deployment), "envFrom")) {
            String cm = str(from, "configMapRef", "name");
            if (cm != null) {
                find(objects, "ConfigMap", cm).ifPresent(c -> map(c, "data")
                        .forEach((k, v) -> env.put(k, String.valueOf(v))));
            }
        }
        for (Map<String, Object> e : list(container(deployment), "env")) {
            if (e.get("value") != null) {
                env.put(str(e, "name"), str(e, "value"));
            }
        }
        return env;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
