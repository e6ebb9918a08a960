package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"coach/domain"
	"coach/sanitize"
)

// moreAdviceMax is the most suggestions listed under Today's list, after
// the one above it.
const moreAdviceMax = 3

// moreAdvice is the coach's next suggestions under a list that leaves
// room for them (spare rows): a blank line, a heading and one line each.
// Only a screen of dayLineMinHeight rows or more shows them, and only
// those that fit; the review has its own line and is never among them.
func (s *todayScreen) moreAdvice(spare int) string {
	if s.height < dayLineMinHeight {
		return ""
	}
	var more []string
	for _, a := range s.advices {
		if a.Kind == domain.SuggestReview || a == s.advice || a.Text == "" {
			continue
		}
		more = append(more, a.Text)
	}
	n := min(len(more), moreAdviceMax, spare-2)
	if n <= 0 {
		return ""
	}
	st := s.sh.styles
	var b strings.Builder
	b.WriteString("\n\n" + st.Label.Render(s.sh.ui.Today.MoreAdvice))
	for _, text := range more[:n] {
		b.WriteString("\n" + st.Suggestion.Render(ansi.Truncate("  · "+sanitize.Line(text), s.width, "…")))
	}
	return b.String()
}
