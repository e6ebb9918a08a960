package cli

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"coach/content"
)

func guideCmd(a *app) *cobra.Command {
	var raw bool
	cmd := &cobra.Command{
		Use:     "guide [SECTION]",
		Short:   "List the guide's sections, or print one",
		Example: "  coach guide\n  coach guide method-learning\n  coach guide models --raw > models.md",
		Args:    maxArgs(1, "one section"),
		RunE: func(cmd *cobra.Command, args []string) error {
			lang, err := a.lang()
			if err != nil {
				return err
			}
			if len(args) == 0 {
				for _, s := range content.Sections(lang) {
					a.printf("%-24s %s\n", s.ID, s.Title)
				}
				return nil
			}
			s, ok := content.SectionByID(lang, args[0])
			if !ok {
				return fmt.Errorf("no guide section %q: see coach guide for the list", args[0])
			}
			if raw {
				return a.printRaw(content.KindGuide, lang, s.ID)
			}
			return a.printMarkdown(s.Body)
		},
	}
	cmd.Flags().BoolVar(&raw, "raw", false, "print the section's markdown file as stored")
	return cmd
}

func faqCmd(a *app) *cobra.Command {
	var raw bool
	cmd := &cobra.Command{
		Use:     "faq [N]",
		Short:   "List the questions, or print answer N",
		Example: "  coach faq\n  coach faq 7\n  coach faq 7 --raw",
		Args:    maxArgs(1, "one question number"),
		RunE: func(cmd *cobra.Command, args []string) error {
			lang, err := a.lang()
			if err != nil {
				return err
			}
			faqs := content.FAQs(lang)
			if len(args) == 0 {
				for i, f := range faqs {
					a.printf("%3d  %s\n", i+1, f.Question)
				}
				return nil
			}
			f, ok := findFAQ(faqs, args[0])
			if !ok {
				return fmt.Errorf("no question %q: pick 1 to %d (see coach faq)", args[0], len(faqs))
			}
			if raw {
				return a.printRaw(content.KindFAQ, lang, f.ID)
			}
			md := "# " + f.Question + "\n\n" + f.Answer
			if s, ok := content.SectionByID(lang, f.Related); ok {
				md += fmt.Sprintf("\n\n---\n\n→ coach guide %s (%s)\n", s.ID, s.Title)
			}
			return a.printMarkdown(md)
		},
	}
	cmd.Flags().BoolVar(&raw, "raw", false, "print the answer's markdown file as stored")
	return cmd
}

// findFAQ accepts a 1-based number or an id.
func findFAQ(faqs []content.FAQ, arg string) (content.FAQ, bool) {
	if n, err := strconv.Atoi(arg); err == nil {
		if n >= 1 && n <= len(faqs) {
			return faqs[n-1], true
		}
		return content.FAQ{}, false
	}
	for _, f := range faqs {
		if f.ID == arg {
			return f, true
		}
	}
	return content.FAQ{}, false
}

// printRaw prints a page's file exactly as stored.
func (a *app) printRaw(kind string, lang content.Lang, id string) error {
	text, ok := content.RawPage(kind, lang, id)
	if !ok {
		return fmt.Errorf("no stored file for %s %q", kind, id)
	}
	a.writeRendered(text)
	return nil
}

// defaultPipeWidth is the width of a page printed into a pipe or a file
// when COLUMNS does not say.
const defaultPipeWidth = 80

// printMarkdown renders a page for stdout. On a terminal it is styled
// for the background and wrapped to the terminal, up to the reading
// width; into a pipe or a file it is plain text wrapped to COLUMNS (or
// 80 columns), so no line runs on for a whole paragraph.
func (a *app) printMarkdown(md string) error {
	f, isFile := a.stdoutFile()
	if !isFile || !term.IsTerminal(f.Fd()) {
		out, err := content.NewRenderer().Render(md, a.pipeWidth(), content.StylePlain)
		if err != nil {
			return err
		}
		a.printBlock(trimRendered(out))
		return nil
	}
	width, _, err := term.GetSize(f.Fd())
	if err != nil || width <= 0 {
		width = defaultPipeWidth
	}
	style := content.StyleDark
	if a.Getenv("NO_COLOR") != "" {
		style = content.StylePlain
	} else if !lipgloss.HasDarkBackground(os.Stdin, f) {
		style = content.StyleLight
	}
	out, err := content.NewRenderer().Render(md, max(min(width, content.ReadingWidth), content.MinRenderWidth), style)
	if err != nil {
		return err
	}
	// The style's colours are true colours: brought down to what the
	// terminal shows.
	w := colorprofile.NewWriter(a.Stdout, a.environ("TERM", "COLORTERM", "NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE"))
	io.WriteString(w, out)
	return nil
}

// pipeWidth is COLUMNS when it holds a width (one narrower than the
// renderer takes is taken as its least), else 80.
func (a *app) pipeWidth() int {
	if n, err := strconv.Atoi(strings.TrimSpace(a.Getenv("COLUMNS"))); err == nil && n > 0 {
		return max(n, content.MinRenderWidth)
	}
	return defaultPipeWidth
}

// environ lists the named variables that are set, as KEY=value.
func (a *app) environ(names ...string) []string {
	var env []string
	for _, n := range names {
		if v := a.Getenv(n); v != "" {
			env = append(env, n+"="+v)
		}
	}
	return env
}

// trimRendered drops the blank lines around a rendered page, the spaces
// that pad its lines and the page's left margin, which a file does not
// need.
func trimRendered(out string) string {
	lines := strings.Split(out, "\n")
	margin := true
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
		if lines[i] != "" && !strings.HasPrefix(lines[i], " ") {
			margin = false
		}
	}
	if margin {
		for i, l := range lines {
			lines[i] = strings.TrimPrefix(l, " ")
		}
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}
