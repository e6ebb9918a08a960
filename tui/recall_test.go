package tui

import (
	"fmt"
	"strings"
	"testing"

	"coach/content"
	"coach/domain"
	"coach/store"
)

// recallCards are three reflections a week old at most, each a new card
// due today: the session asks them oldest first.
var recallCards = []domain.Reflection{
	{Date: testDay - 5, Learned: "Raft elects a leader with randomized timeouts.", Rating: 3, Tags: []string{"raft", "go"}},
	{Date: testDay - 4, Learned: "Its previous term does not match the leader's.", Rating: 4,
		Ask: "Why does a Raft follower reject AppendEntries?"},
	{Date: testDay - 3, Learned: "Snapshots bound the log.", Rating: 2},
}

// recallToday is Today over a store holding refls, loaded, at w×h.
func recallToday(t *testing.T, lang content.Lang, w, h int, refls ...domain.Reflection) (*shared, screen) {
	t.Helper()
	sh := testShared(t, lang)
	for _, r := range refls {
		if _, err := sh.store.PutReflection(r); err != nil {
			t.Fatal(err)
		}
	}
	var s screen = newTodayScreen(sh)
	s.SetSize(w, h)
	return sh, runCmd(t, s, s.Init())
}

// session is Today's open session, failing when none is.
func session(t *testing.T, s screen) *recallSession {
	t.Helper()
	r := s.(*todayScreen).recall
	if r == nil {
		t.Fatalf("no session open:\n%s", plainView(s))
	}
	return r
}

// written runs the command a key returns and gives back its write.
func written(t *testing.T, s screen, k string) (screen, writtenMsg) {
	t.Helper()
	s, cmd := s.Update(keyMsg(k))
	if cmd == nil {
		t.Fatalf("%s wrote nothing", k)
	}
	msg, ok := cmd().(writtenMsg)
	if !ok {
		t.Fatalf("%s gave %#v, not a write", k, msg)
	}
	return s, msg
}

func recallStats(t *testing.T, sh *shared) store.RecallStats {
	t.Helper()
	rs, err := sh.store.RecallStats(testDay)
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

func wantInView(t *testing.T, s screen, wants ...string) {
	t.Helper()
	view := plainView(s)
	for _, w := range wants {
		if !strings.Contains(view, w) {
			t.Errorf("%q not in the view:\n%s", w, view)
		}
	}
}

func wantNotInView(t *testing.T, s screen, nots ...string) {
	t.Helper()
	view := plainView(s)
	for _, w := range nots {
		if strings.Contains(view, w) {
			t.Errorf("%q in the view:\n%s", w, view)
		}
	}
}

// r opens the session over Today: the first card's cue, the counter, and
// not its note.
func TestRecallOpensOnR(t *testing.T) {
	_, s := recallToday(t, content.EN, 80, 20, recallCards...)
	s = press(t, s, "r")
	if !s.Capturing() {
		t.Fatal("an open session does not take the keys (q, 1–4 would go to the root)")
	}
	wantInView(t, s, "Recall", "1 of 3", "new card", "2026-11-23 · Mon", "#raft #go", "What did you learn that day?",
		"press space to see your note")
	wantNotInView(t, s, "randomized timeouts", "Nothing due on this day")
}

// space shows the note; each grade is written with today's date, the
// session moves on, and the card comes back when the schedule says.
func TestRecallRevealAndGradeEachGrade(t *testing.T) {
	// The first grade sets the first interval (the guide's figures).
	back := map[string]domain.Date{"1": testDay + 1, "2": testDay + 1, "3": testDay + 3, "4": testDay + 16}
	names := map[string]string{"1": "again", "2": "hard", "3": "good", "4": "easy"}
	for _, k := range []string{"1", "2", "3", "4"} {
		sh, s := recallToday(t, content.EN, 80, 20, recallCards...)
		s = press(t, s, "r", "space")
		wantInView(t, s, "Your note", "Raft elects a leader with randomized timeouts.", "1 again · 2 hard · 3 good · 4 easy · s retire")
		s, msg := written(t, s, k)
		if msg.err != nil {
			t.Fatalf("grade %s: %v", k, msg.err)
		}
		if want := fmt.Sprintf("2026-11-23: %s, back on %s", names[k], back[k]); msg.status != want {
			t.Errorf("grade %s says %q, want %q", k, msg.status, want)
		}
		if msg.undo != nil {
			t.Errorf("grade %s offers an undo the store cannot do", k)
		}
		rs := recallStats(t, sh)
		recalled := map[string]int{"1": 0, "2": 0, "3": 1, "4": 1}[k]
		if rs.Reviewed30 != 1 || rs.Recalled30 != recalled || rs.Cards != 3 {
			t.Errorf("grade %s: store has %+v", k, rs)
		}
		due, err := sh.store.RecallDue(testDay)
		if err != nil || len(due.Cards) != 2 || due.Cards[0].Day != testDay-4 {
			t.Errorf("grade %s: still due %+v (%v)", k, due.Cards, err)
		}
		wantInView(t, s, "2 of 3", "Why does a Raft follower reject AppendEntries?")
		wantNotInView(t, s, "Its previous term", "Your note")
	}
}

// A grade before the note is shown is refused on the status line, and
// nothing is written.
func TestRecallGradeBeforeRevealRefused(t *testing.T) {
	for _, lang := range content.Langs() {
		sh, s := recallToday(t, lang, 80, 20, recallCards...)
		s = press(t, s, "r")
		s, cmd := s.Update(keyMsg("3"))
		if cmd == nil {
			t.Fatalf("%s: a grade before the note says nothing", lang)
		}
		msg, ok := cmd().(errMsg)
		if !ok || msg.err.Error() != content.Strings(lang).Recall.RevealFirst {
			t.Fatalf("%s: a grade before the note gave %#v", lang, msg)
		}
		if rs := recallStats(t, sh); rs.Reviewed30 != 0 {
			t.Errorf("%s: a refused grade was written: %+v", lang, rs)
		}
		if r := session(t, s); r.at != 0 || r.revealed {
			t.Errorf("%s: the session moved on (card %d, revealed %v)", lang, r.at, r.revealed)
		}
	}
}

// s retires the card shown, before or after its note: it is gone from
// the store's cards and the session moves on.
func TestRecallRetire(t *testing.T) {
	sh, s := recallToday(t, content.EN, 80, 20, recallCards...)
	s = press(t, s, "r")
	s, msg := written(t, s, "s")
	if msg.err != nil || msg.status != "The card of 2026-11-23 is retired: it will not be asked again" {
		t.Fatalf("retire wrote %+v", msg)
	}
	if rs := recallStats(t, sh); rs.Cards != 2 || rs.Reviewed30 != 0 {
		t.Errorf("after retiring, the store has %+v", rs)
	}
	wantInView(t, s, "2 of 3")
	s = press(t, s, "space")
	s, msg = written(t, s, "s")
	if msg.err != nil {
		t.Fatal(msg.err)
	}
	if rs := recallStats(t, sh); rs.Cards != 1 {
		t.Errorf("a revealed card retired leaves %+v", rs)
	}
	wantInView(t, s, "3 of 3")
}

// esc (or q) ends a session at once when nothing was done; after a grade
// it shows the summary first, which any key leaves.
func TestRecallEscEnds(t *testing.T) {
	for _, end := range []string{"esc", "q"} {
		_, s := recallToday(t, content.EN, 80, 20, recallCards...)
		s = press(t, s, "r", end)
		if s.Capturing() || s.(*todayScreen).recall != nil {
			t.Fatalf("%s did not end an untouched session", end)
		}
		wantInView(t, s, "Recall: 3 due — r to start")

		s = press(t, s, "r", "space", "4", end)
		wantInView(t, s, "Done: 1 card — 1 recalled", "again 0 · hard 0 · good 0 · easy 1", "Press any key to go back to Today.")
		s = press(t, s, "j")
		if s.(*todayScreen).recall != nil {
			t.Fatalf("a key on the summary did not go back to Today:\n%s", plainView(s))
		}
	}
}

// The last card ends the session with its summary: how many cards, how
// many recalled (good or easy), each grade, the retired.
func TestRecallSummary(t *testing.T) {
	sh, s := recallToday(t, content.EN, 80, 20, recallCards...)
	s = press(t, s, "r", "space", "1", "space", "3", "s")
	wantInView(t, s, "Done: 2 cards — 1 recalled", "again 1 · hard 0 · good 1 · easy 0", "1 retired")
	if rs := recallStats(t, sh); rs.Cards != 2 || rs.Reviewed30 != 2 || rs.Recalled30 != 1 {
		t.Errorf("the store has %+v", rs)
	}

	_, s = recallToday(t, content.ZH, 80, 20, recallCards...)
	s = press(t, s, "r", "space", "3", "space", "4", "space", "2")
	wantInView(t, s, "完成：3 张卡片 — 想起 2 张", "忘了 0 · 吃力 1 · 记得 1 · 轻松 1", "按任意键回到今日页。")
}

// With nothing due the session says so and why; with today's caps used
// up it says how many wait. Any key goes back.
func TestRecallEmptySession(t *testing.T) {
	_, s := recallToday(t, content.EN, 80, 20)
	wantNotInView(t, s, "Recall:")
	s = press(t, s, "r")
	wantInView(t, s, "Nothing to recall today.", "becomes a card")
	s = press(t, s, "3")
	if s.(*todayScreen).recall != nil {
		t.Fatal("a key did not leave an empty session")
	}

	sh, s := recallToday(t, content.ZH, 80, 20, recallCards...)
	if err := editCaps(sh.store, domain.RecallCaps{New: 0, Reviews: 20}); err != nil {
		t.Fatal(err)
	}
	s = press(t, s, "r")
	wantInView(t, s, "今天没有要回想的卡片。", "今天的上限已到：还有 3 张留到之后几天。")
}

// The cue of a card without a question names the competencies practised
// that day, from the report's history, the most minutes first; a report
// coming while the session is open brings them.
func TestRecallCueNamesTheDaysCompetencies(t *testing.T) {
	_, s := recallToday(t, content.EN, 100, 20, recallCards...)
	s = press(t, s, "r")
	wantNotInView(t, s, "Technical depth")
	h := store.History{
		Tasks: []domain.Task{{ID: 1, Competency: domain.Depth}, {ID: 2, Competency: domain.Learning}},
		CheckIns: []domain.CheckIn{
			{TaskID: 2, Date: testDay - 6, Minutes: 90},
			{TaskID: 1, Date: testDay - 5, Minutes: 30}, {TaskID: 2, Date: testDay - 5, Minutes: 10},
		},
	}
	s, _ = s.Update(reportMsg{history: h})
	view := plainView(s)
	depth := content.CompetencyName(content.EN, domain.Depth)
	learning := content.CompetencyName(content.EN, domain.Learning)
	if want := "#raft #go · " + depth + " · " + learning; !strings.Contains(view, want) {
		t.Errorf("%q not in the cue:\n%s", want, view)
	}
}

// Help lists the session's keys; ? asks the root for the full help, as
// the session has the keys.
func TestRecallHelp(t *testing.T) {
	_, s := recallToday(t, content.EN, 80, 20, recallCards...)
	s = press(t, s, "r")
	short := s.ShortHelp()
	if short[0].Help().Key != "space" {
		t.Errorf("before the note, the help starts with %q", short[0].Help().Key)
	}
	s = press(t, s, "space")
	if short = s.ShortHelp(); short[0].Help().Key != "1-4" {
		t.Errorf("after the note, the help starts with %q", short[0].Help().Key)
	}
	var full []string
	for _, col := range s.FullHelp() {
		for _, b := range col {
			full = append(full, b.Help().Key+" "+b.Help().Desc)
		}
	}
	for _, want := range []string{"space show the note", "1 again", "2 hard", "3 good", "4 easy", "s retire the card", "esc/q end the session"} {
		if !strings.Contains(strings.Join(full, "\n"), want) {
			t.Errorf("full help lacks %q: %q", want, full)
		}
	}
	_, cmd := s.Update(keyMsg("?"))
	if cmd == nil {
		t.Fatal("? does nothing in a session")
	}
	if _, ok := cmd().(showHelpMsg); !ok {
		t.Fatal("? does not ask for the full help")
	}
}

// A session fits every size from the smallest the app draws, in both
// languages, with a long question and a long note: the card scrolls.
func TestRecallFits(t *testing.T) {
	long := strings.Repeat("A long note about goroutines, channels and the scheduler. ", 12) + "\n" +
		strings.Repeat("深入理解调度器和垃圾回收，写下笔记并和同事讨论。", 10) + "\nlast line"
	ask := strings.Repeat("Why does the runtime preempt a goroutine that never calls a function? ", 20)
	cards := []domain.Reflection{
		{Date: testDay - 2, Learned: long, Rating: 3, Ask: ask},
		{Date: testDay - 1, Learned: long, Rating: 3, Tags: []string{"go", "调度器", "a-very-long-tag-name-indeed", "more", "tags"}},
	}
	// The body Today gets at 60×15, 80×24 and 120×40 (tab bar, status, help).
	for _, lang := range content.Langs() {
		for _, size := range [][2]int{{60, 12}, {80, 21}, {120, 37}} {
			w, h := size[0], size[1]
			_, s := recallToday(t, lang, w, h, cards...)
			check := func(state string) {
				t.Helper()
				view := s.View()
				assertFits(t, view, w)
				if n := strings.Count(view, "\n") + 1; n > h {
					t.Errorf("%s %dx%d %s: %d lines, more than %d:\n%s", lang, w, h, state, n, h, plainView(s))
				}
			}
			s = press(t, s, "r")
			check("cue")
			s = press(t, s, "space")
			check("note")
			if w == 60 {
				top := plainView(s)
				s = press(t, s, "G")
				check("note, end")
				if plainView(s) == top || !strings.Contains(plainView(s), "last line") {
					t.Errorf("%s: G does not scroll a long card to its end:\n%s", lang, plainView(s))
				}
				s = press(t, s, "g")
			}
			s = press(t, s, "3", "space")
			check("second card")
			s = press(t, s, "4")
			check("summary")
		}
	}
}

// editCaps sets the caps, as coach recall --set-new and --set-reviews do.
func editCaps(s *store.Store, c domain.RecallCaps) error {
	_, err := s.EditRecallCaps(func(old *domain.RecallCaps) { *old = c })
	return err
}
