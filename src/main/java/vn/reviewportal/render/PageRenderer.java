package vn.reviewportal.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.SiteFile;
import vn.reviewportal.page.PagePlan;
import vn.reviewportal.page.Routes;
import vn.reviewportal.page.SitePlan;

/**
 * The render stage for pages: FreeMarker {@code .ftlh} templates (HTML auto-escaping on) from
 * the site's {@code templates/} folder, falling back to the built-in copy of each template
 * that folder does not have. Also copies the stylesheet and other assets.
 */
public final class PageRenderer {

    private final Optional<Path> templatesDir;
    private final String templatesDisplay;
    private final Configuration configuration;
    /** The site's own assets (and robots.txt), as found in its templates folder. */
    private final List<String> siteAssets;

    /**
     * @param templatesDir     the site's templates folder, if it has one
     * @param templatesDisplay how that folder is named in messages, e.g. {@code templates}
     */
    public PageRenderer(Optional<Path> templatesDir, String templatesDisplay, Language language) {
        this(templatesDir, templatesDisplay, TemplateFiles.read(templatesDir, templatesDisplay), language);
    }

    /** @param files what one look at the templates folder found, which must have found nothing wrong */
    public PageRenderer(Optional<Path> templatesDir, String templatesDisplay, TemplateFiles files, Language language) {
        if (!files.diagnostics().isEmpty()) {
            throw new IllegalArgumentException("the templates folder cannot be used: " + files.diagnostics());
        }
        this.templatesDir = templatesDir.filter(Files::isDirectory);
        this.templatesDisplay = templatesDisplay;
        this.siteAssets = files.assets();
        this.configuration = configuration(this.templatesDir, language);
    }

    private static Configuration configuration(Optional<Path> templatesDir, Language language) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        List<TemplateLoader> loaders = new ArrayList<>();
        templatesDir.ifPresent(dir -> {
            try {
                loaders.add(new FileTemplateLoader(dir.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        loaders.add(new ClassTemplateLoader(PageRenderer.class, "/templates"));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
        cfg.setLocale(language.locale());
        cfg.setNumberFormat("computer");
        cfg.setObjectWrapper(new ViewWrapper(Configuration.VERSION_2_3_35));
        // Each build makes its own renderer, so a template is read and parsed once per build and
        // never checked for changes during it (by default every 5 s, for each page asking).
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        return cfg;
    }

    /** Renders every page of the plan, and keeps them. */
    public RenderedSite render(SitePlan plan) {
        List<SiteFile> files = new ArrayList<>();
        RenderedSite site = render(plan, UnaryOperator.identity(), files::addAll);
        return new RenderedSite(files, site.diagnostics(), site.templateLines());
    }

    /**
     * Renders the plan and hands the pages to {@code output} batch by batch, in plan order, then
     * the assets; the result then lists no files. Nothing more is handed on after a template error.
     *
     * @param reuse wraps the rendering of one page; the preview server's wrapper takes a page whose
     *              plan is unchanged since the last build instead of rendering it again
     */
    public RenderedSite render(SitePlan plan, UnaryOperator<Function<PagePlan, PageResult>> reuse,
                               Consumer<List<SiteFile>> output) {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, List<String>> templateLines = new HashMap<>();
        MarkdownRenderer markdown = new MarkdownRenderer();
        Map<String, Object> shared = Map.of(
                "t", plan.messages().texts(),
                "markdown", (TemplateMethodModelEx) arguments -> {
                    if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel text)) {
                        throw new TemplateModelException("markdown(text) takes one text");
                    }
                    return HTMLOutputFormat.INSTANCE.fromMarkup(markdown.toHtml(text.getAsString()));
                });
        Function<PagePlan, PageResult> renderPage = reuse.apply(page -> renderPage(page, shared));
        plan.inBatches(BATCH, pages -> {
            // Pages are independent: a batch renders on every core, and is merged in plan order,
            // so the output and the diagnostics do not depend on how many cores there are.
            List<PageResult> batch = pages.parallelStream().map(renderPage).toList();
            List<SiteFile> files = new ArrayList<>();
            for (PageResult result : batch) {
                result.file().ifPresent(files::add);
                diagnostics.addAll(result.diagnostics());
                templateLines.putAll(result.templateLines());
            }
            if (diagnostics.hasErrors()) {
                // the same template error repeats on every page; the first ones say enough
                return diagnostics.list().size() < Diagnostics.SHOWN * 2 / 5;
            }
            output.accept(files);
            return true;
        });
        if (!diagnostics.hasErrors()) {
            output.accept(assets());
        }
        return new RenderedSite(List.of(), dedupe(diagnostics.list()), templateLines);
    }

    /** Pages rendered together on all cores; small enough to stop soon after a template error. */
    private static final int BATCH = 64;

    private PageResult renderPage(PagePlan page, Map<String, Object> shared) {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, List<String>> templateLines = new HashMap<>();
        Optional<SiteFile> file = renderPage(page, shared, diagnostics, templateLines);
        return new PageResult(page, file, diagnostics.list(), templateLines);
    }

    private Optional<SiteFile> renderPage(PagePlan page, Map<String, Object> shared, Diagnostics diagnostics,
                                          Map<String, List<String>> templateLines) {
        String name = page.view().template();
        try {
            Template template = configuration.getTemplate(name);
            // A SimpleHash keeps what it wrapped, so 'view' and 'layout' are wrapped once a page.
            SimpleHash model = new SimpleHash(configuration.getObjectWrapper());
            shared.forEach(model::put);
            model.put("layout", page.layout());
            model.put("view", page.view());
            PageText out = new PageText();
            template.process(model, out);
            return Optional.of(new SiteFile(page.path(), out.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (ParseException e) {
            String file = templateFile(e.getTemplateName() != null ? e.getTemplateName() : name);
            remember(file, e.getTemplateName(), templateLines);
            diagnostics.error(Code.TEMPLATE_SYNTAX, new Position(file, Math.max(1, e.getLineNumber()),
                    Math.max(1, e.getColumnNumber())), syntaxMessage(e.getEditorMessage()),
                    "check that every <#if>, <#list> and <#macro> is closed in the right order "
                            + "and every ${ has its }; or delete the template to use the built-in one");
        } catch (TemplateException e) {
            String source = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            String file = templateFile(source);
            remember(file, source, templateLines);
            Integer line = e.getLineNumber();
            Integer column = e.getColumnNumber();
            diagnostics.error(Code.TEMPLATE_ERROR, new Position(file, line == null ? 1 : Math.max(1, line),
                    column == null ? 1 : Math.max(1, column)),
                    firstLine(e.getBlamedExpressionString() != null
                            ? "'" + e.getBlamedExpressionString() + "' " + describe(e) : e.getMessageWithoutStackTop()),
                    "while rendering " + page.path() + "; templates see only 'layout', 'view', 't' and 'markdown'");
        } catch (IOException e) {
            diagnostics.error(Code.TEMPLATE_MISSING, Position.wholeFile(templateFile(name)),
                    "cannot load the template: " + firstLine(e.getMessage()),
                    "restore the template, or delete the site's copy to use the built-in one");
        }
        return Optional.empty();
    }

    private static String describe(TemplateException e) {
        String message = e.getMessageWithoutStackTop();
        if (message.contains("null or missing")) {
            return "is missing or has no value";
        }
        return "failed: " + firstLine(message);
    }

    private String templateFile(String name) {
        if (templatesDir.isPresent() && Files.exists(templatesDir.get().resolve(name))) {
            return templatesDisplay + "/" + name;
        }
        return "(built-in) templates/" + name;
    }

    private void remember(String file, String name, Map<String, List<String>> templateLines) {
        if (name == null || templatesDir.isEmpty()) {
            return;
        }
        Path path = templatesDir.get().resolve(name);
        try {
            if (Files.isRegularFile(path)) {
                templateLines.put(file, Files.readString(path).lines().toList());
            }
        } catch (IOException e) {
            // Quoting the line is a courtesy; the diagnostic stands without it.
        }
    }

    private List<SiteFile> assets() {
        TreeSet<String> names = new TreeSet<>(Routes.ASSETS);
        names.addAll(siteAssets);
        List<SiteFile> files = new ArrayList<>();
        for (String name : names) {
            files.add(new SiteFile(name, asset(name)));
        }
        return files;
    }

    private byte[] asset(String name) {
        try {
            if (templatesDir.isPresent() && Files.isRegularFile(templatesDir.get().resolve(name))) {
                return Files.readAllBytes(templatesDir.get().resolve(name));
            }
            try (InputStream in = PageRenderer.class.getResourceAsStream("/templates/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("built-in asset missing from the generator: " + name);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** FreeMarker's first sentence, without the list of every pattern it would have accepted. */
    private static String syntaxMessage(String text) {
        String sentence = firstSentence(text).replaceAll(",? but was expecting (one of these patterns|one of):?$", "");
        return sentence.endsWith(":") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    private static String firstSentence(String text) {
        String line = firstLine(text);
        int end = line.indexOf(". ");
        return end > 0 ? line.substring(0, end + 1) : line;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("").strip();
    }

    /** The same template error on many pages is reported once, naming how many pages it stopped. */
    private static List<Diagnostic> dedupe(List<Diagnostic> diagnostics) {
        Map<String, List<Diagnostic>> byProblem = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            byProblem.computeIfAbsent(d.code().id() + d.position() + d.message(), k -> new ArrayList<>()).add(d);
        }
        return byProblem.values().stream()
                .map(same -> {
                    Diagnostic first = same.get(0);
                    String hint = same.size() == 1 ? first.hint()
                            : first.hint().replaceFirst("while rendering (\\S+);",
                                    "while rendering $1 and " + (same.size() - 1) + " other page(s);");
                    return new Diagnostic(first.severity(), first.code(), first.position(), first.message(), hint);
                })
                .toList();
    }

    /**
     * Where a template writes one page: a plain growing buffer. A page is written by one thread,
     * in many small writes, and a StringWriter would take a lock for each of them.
     */
    private static final class PageText extends Writer {
        private final StringBuilder text = new StringBuilder(16 * 1024);

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void write(String string) {
            text.append(string);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
