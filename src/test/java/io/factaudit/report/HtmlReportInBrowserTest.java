package io.factaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens report.html in a real browser (Debian's headless Chromium) as an editor would, from disk:
 * the chart draws its points, the claims are highlighted, nothing from an article runs, and the
 * page logs no error (a Content-Security-Policy violation would be one).
 */
@Tag("browser")
@DisplayName("report.html in a real browser")
class HtmlReportInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path profile;

    /** Selenium warns that it has no DevTools binding for this Chromium; the tests use none. */
    private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

    private static ChromeDriver browser;
    private static Path screenshots;

    @BeforeAll
    static void open_the_sample_report() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail("Chromium and chromedriver are missing (" + CHROMIUM + ", " + CHROMEDRIVER + "): run"
                + " .ci/install-browser before the tests");
        }
        assumeTrue(installed, "Chromium is not installed here: .ci/install-browser installs it");
        SELENIUM.setLevel(Level.SEVERE);
        Path target = Path.of(System.getProperty("fact-audit.project", ".")).resolve("target/fact-audit");
        Path report = target.resolve("browser/report.html");
        screenshots = Files.createDirectories(target.resolve("screenshots"));
        HtmlReport.write(SampleAudit.report(), report);

        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())  // no Selenium Manager: nothing is downloaded
            .usingAnyFreePort()
            .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1700", "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        browser = new ChromeDriver(service, options);
        browser.get(report.toAbsolutePath().toUri().toString());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void should_draw_every_estimate_and_every_dated_count_claim_as_a_point() {
        @SuppressWarnings("unchecked")
        Map<String, Object> drawn = (Map<String, Object>) script("""
            var chart = Chart.getChart(document.getElementById('chart-0'));
            var area = chart.chartArea, estimates = 0, claims = 0, crosses = 0, outside = 0;
            chart.data.datasets.forEach(function (d, i) {
              chart.getDatasetMeta(i).data.forEach(function (point, j) {
                var raw = d.data[j];
                if (!raw.estimate && !raw.claim) { return; }
                if (!(point.x >= area.left && point.x <= area.right && point.y >= area.top && point.y <= area.bottom)) {
                  outside++;
                }
                if (raw.estimate) { estimates++; }
                if (raw.claim) { claims++; }
                if (raw.claim && raw.claim.verdict === 'contradiction' && d.pointStyle === 'crossRot') { crosses++; }
              });
            });
            return { estimates: estimates, claims: claims, crosses: crosses, outside: outside };
            """);
        assertThat(drawn).containsEntry("estimates", 6L).containsEntry("claims", 6L).containsEntry("crosses", 2L)
            .containsEntry("outside", 0L);
    }

    @Test
    void should_show_the_article_and_its_words_on_hovering_a_point() {
        WebElement canvas = browser.findElement(By.id("chart-0"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", canvas);
        Map<?, ?> point = (Map<?, ?>) script("""
            var chart = Chart.getChart(document.getElementById('chart-0'));
            for (var i = 0; i < chart.data.datasets.length; i++) {
              var d = chart.data.datasets[i];
              for (var j = 0; j < d.data.length; j++) {
                if (d.data[j].claim && d.data[j].claim.value === 20000) {
                  var el = chart.getDatasetMeta(i).data[j];
                  return { x: el.x, y: el.y, width: chart.width, height: chart.height };
                }
              }
            }
            return null;
            """);
        assertThat(point).as("the point of the 20,000 claim").isNotNull();
        int dx = (int) Math.round(number(point.get("x")) - number(point.get("width")) / 2);
        int dy = (int) Math.round(number(point.get("y")) - number(point.get("height")) / 2);
        new Actions(browser).moveToElement(canvas, dx, dy).perform();

        Object lines = script("""
            var tooltip = Chart.getChart(document.getElementById('chart-0')).tooltip;
            return tooltip.title.concat([].concat.apply([], tooltip.body.map(function (b) { return b.lines; })));
            """);
        assertThat(lines).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class)).contains("2024-11-06", SampleAudit.LETTERS,
            "\u201c20,000 North Korean troops <img src=x onerror=alert(1)>\u201d");
    }

    @Test
    void should_highlight_every_claim_by_its_verdict() {
        assertThat(count("#texts mark.v-agrees")).isEqualTo(2);
        assertThat(count("#texts mark.v-contradiction")).isEqualTo(2);
        assertThat(count("#texts mark.v-warning")).isEqualTo(1);
        assertThat(count("#texts mark.v-unverifiable")).isEqualTo(1);
        assertThat(count("#texts mark.v-acknowledged")).isEqualTo(1);
        WebElement misattributed = browser.findElement(By.cssSelector("#article-2 mark.v-contradiction"));
        assertThat(misattributed.getText()).isEqualTo("8,000 North Korean troops");
        assertThat(misattributed.getAttribute("title")).contains("contradiction misattributed");
    }

    @Test
    void should_show_markup_from_an_article_as_text_and_run_none_of_it() {
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(script("return typeof window.factAuditPwned")).isEqualTo("undefined");
        assertThat(browser.findElements(By.tagName("img"))).isEmpty();
        assertThat(browser.findElements(By.tagName("script"))).hasSize(3);
        String letters = browser.findElement(By.cssSelector("#article-1 .text")).getText();
        assertThat(letters).contains("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "</script><script>window.factAuditPwned=true</script>");
    }

    @Test
    void should_log_no_error_in_the_console() throws IOException {
        takeScreenshots();
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
            .map(LogEntry::toString)
            .toList();
        assertThat(errors).isEmpty();
    }

    /** The summary and chart, then the most wrong article, as an editor first sees them. */
    private static void takeScreenshots() throws IOException {
        browser.executeScript("window.scrollTo(0, 0)");
        save("report.png");
        browser.executeScript("document.getElementById('texts').scrollIntoView()");
        save("report-article.png");
    }

    private static void save(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    private static int count(String css) {
        return browser.findElements(By.cssSelector(css)).size();
    }

    private static double number(Object n) {
        return ((Number) n).doubleValue();
    }
}
