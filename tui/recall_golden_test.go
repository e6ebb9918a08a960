package tui

// Golden files of a recall session over the fixture (four cards due
// today, 2026-11-24 to 27), drawn as the other goldens are (golden_test.go):
// the real app under teatest, today, size and colour profile fixed. The
// session keeps q for itself, so these end the program directly.

import (
	"os"
	"strconv"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"coach/cli"
	"coach/content"
	"coach/domain"
)

// goldenStep is keys pressed (by their names, as keyMsg reads them), then
// the markers waited for.
type goldenStep struct {
	keys    []string
	markers []string
}

// recallFixture is the fixture with a question of its own on the card
// of 2026-11-25.
func recallFixture(t *testing.T, lang content.Lang) cli.TUIOptions {
	t.Helper()
	opts := fixtureOptions(t, lang, true)
	day := domain.NewDate(2026, 11, 25)
	r, _, err := opts.Store.Reflection(day)
	if err != nil {
		t.Fatal(err)
	}
	r.Ask = "Why does a Raft follower reject entries whose previous term does not match, and what does the leader do then?"
	if _, err := opts.Store.PutReflection(r); err != nil {
		t.Fatal(err)
	}
	return opts
}

// The first card revealed: a card without a question, its day, tags and
// the competencies practised that day (from the report), and its note.
func TestGoldenRecall80x24(t *testing.T) {
	runGoldenSteps(t, recallFixture(t, content.EN), 80, 24, readyEN,
		goldenStep{[]string{"r"}, []string{"1 of 4", "2026-11-24 · Tue", "Learning ability"}},
		goldenStep{[]string{"space"}, []string{"Your note", "randomized timeouts", "4 easy"}})
}

// The second card revealed after grading the first: a card with its own
// question, and the first grade's status.
func TestGoldenRecall120x40(t *testing.T) {
	runGoldenSteps(t, recallFixture(t, content.EN), 120, 40, settledEN,
		goldenStep{[]string{"r"}, []string{"1 of 4"}},
		goldenStep{[]string{"space", "3"}, []string{"2 of 4", "2026-11-24: good, back on 2026-12-01"}},
		goldenStep{[]string{"space"}, []string{"Your note of 2026-11-25", "previous term does not match"}})
}

// In Chinese: the first card's cue, before its note.
func TestGoldenRecallZH80x24(t *testing.T) {
	learning := content.CompetencyName(content.ZH, domain.Learning)
	runGoldenSteps(t, recallFixture(t, content.ZH), 80, 24, readyZH,
		goldenStep{[]string{"r"}, []string{"第 1 张，共 4 张", "2026-11-24 · 周二", learning, "那天你学到了什么？"}})
}

// The end of a session, in Chinese at 120×40: the summary after every card.
func TestGoldenRecallSummaryZH120x40(t *testing.T) {
	runGoldenSteps(t, recallFixture(t, content.ZH), 120, 40, readyZH,
		goldenStep{[]string{"r"}, []string{"第 1 张，共 4 张"}},
		// each write waited for, so the status line is the last one's
		goldenStep{[]string{"space", "3"}, []string{"2026-11-24：记得，2026-12-01 再来"}},
		goldenStep{[]string{"space", "1"}, []string{"2026-11-25：忘了，2026-11-29 再来"}},
		goldenStep{[]string{"s"}, []string{"2026-11-26 的卡片不再回想"}},
		goldenStep{[]string{"space", "4"}, []string{"完成：3 张卡片 — 想起 2 张", "1 张不再回想", "2026-11-27：轻松，2026-12-14 再来"}})
}

// runGoldenSteps starts the app at w×h, waits for ready, takes each step,
// ends the program and compares the final screen with the golden file.
func runGoldenSteps(t *testing.T, opts cli.TUIOptions, w, h int, ready []string, steps ...goldenStep) {
	t.Helper()
	if ea, err := strconv.ParseBool(os.Getenv("RUNEWIDTH_EASTASIAN")); err == nil && ea {
		t.Skip("the golden files are drawn with ambiguous-width characters (·, …, █) one column wide")
	}
	tm := teatest.NewTestModel(t, New(opts),
		teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.ASCII)))
	scr := newTestScreen(t, w, h)
	scr.waitFor(t, tm, ready...)
	for _, st := range steps {
		for _, k := range st.keys {
			tm.Send(keyMsg(k))
		}
		scr.waitFor(t, tm, st.markers...)
	}
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(goldenWait))
	view := fm.View().Content
	assertFits(t, view, w)
	if n := lipgloss.Height(view); n != h {
		t.Errorf("the view has %d lines, want %d", n, h)
	}
	golden.RequireEqual(t, ansi.Strip(view))
}
