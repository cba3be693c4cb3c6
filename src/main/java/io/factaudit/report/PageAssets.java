package io.factaudit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Properties;

/**
 * What report.html inlines so that it opens offline: Chart.js from its WebJar, the page's own
 * script and style, and the Content-Security-Policy that lets exactly these run and nothing else
 * (no script or style from an article can, even if escaping ever failed).
 */
record PageAssets(String chartJs, String script, String style, String contentSecurityPolicy) {

    private static final String CHART_JS_POM = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";
    private static final String OWN = "io/factaudit/report/";

    /** Read once: Chart.js is 200 KB. */
    static PageAssets get() {
        return Holder.ASSETS;
    }

    private static final class Holder {
        private static final PageAssets ASSETS = load();
    }

    private static PageAssets load() {
        String version = chartJsVersion();
        String chartJs = withoutSourceMap(read("META-INF/resources/webjars/chart.js/" + version + "/dist/chart.umd.js"));
        String script = read(OWN + "report.js");
        String style = read(OWN + "report.css");
        String csp = "default-src 'none'; script-src " + hash(chartJs) + " " + hash(script) + "; style-src "
            + hash(style) + "; img-src data:; base-uri 'none'; form-action 'none'";
        return new PageAssets(chartJs, script, style, csp);
    }

    private static String chartJsVersion() {
        Properties pom = new Properties();
        try (InputStream in = resource(CHART_JS_POM)) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    /** The map is not inlined, and a browser must not try to fetch it. */
    private static String withoutSourceMap(String js) {
        return js.replaceAll("(?m)^//# sourceMappingURL=.*$", "");
    }

    /** A CSP source for an inline element's exact text. */
    static String hash(String inline) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String read(String name) {
        try (InputStream in = resource(name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.contains("</script") || text.contains("</style")) {
                throw new IllegalStateException(name + " cannot be inlined: it would close its element");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = PageAssets.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the classpath: is the chart.js WebJar a dependency?");
        }
        return in;
    }
}
