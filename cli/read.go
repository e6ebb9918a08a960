package cli

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"coach/content"
)

func guideCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:     "guide [SECTION]",
		Short:   "List the guide's sections, or print one",
		Example: "  coach guide\n  coach guide method-learning",
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
			return a.printMarkdown(s.Body)
		},
	}
}

func faqCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:     "faq [N]",
		Short:   "List the questions, or print answer N",
		Example: "  coach faq\n  coach faq 7",
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
			md := "# " + f.Question + "\n\n" + f.Answer
			if s, ok := content.SectionByID(lang, f.Related); ok {
				md += fmt.Sprintf("\n\n---\n\n→ coach guide %s (%s)\n", s.ID, s.Title)
			}
			return a.printMarkdown(md)
		},
	}
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

// printMarkdown renders with glamour on a terminal and prints the markdown
// itself when stdout is a pipe or a file.
func (a *app) printMarkdown(md string) error {
	f, isFile := a.stdoutFile()
	if !isFile || !term.IsTerminal(f.Fd()) {
		a.printBlock(strings.TrimSpace(md))
		return nil
	}
	width, _, err := term.GetSize(f.Fd())
	if err != nil || width <= 0 {
		width = 80
	}
	style := "dark"
	if a.Getenv("NO_COLOR") != "" {
		style = "notty"
	} else if !lipgloss.HasDarkBackground(os.Stdin, f) {
		style = "light"
	}
	out, err := content.NewRenderer().Render(md, min(width, 100), style)
	if err != nil {
		return err
	}
	a.writeRendered(out)
	return nil
}
