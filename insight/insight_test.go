package insight

import (
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"coach/content"
	"coach/demo"
	"coach/domain"
	"coach/store"
)

func date(s string) domain.Date {
	d, err := domain.ParseISODate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// created is a creation time whose local day is s.
func created(s string) time.Time {
	y, m, d := date(s).Time().Date()
	return time.Date(y, m, d, 12, 0, 0, 0, time.Local)
}

func span(from, to string) []domain.Date {
	var out []domain.Date
	for d := date(from); d <= date(to); d++ {
		out = append(out, d)
	}
	return out
}

func r3(v float64) float64 { return math.Round(v*1000) / 1000 }

// The test history, seen on Sunday 29 November 2026 (ISO week 2026-W48).
var today = date("2026-11-29")

var (
	taskDaily = domain.Task{ID: 1, Title: "Read runtime source", GoalID: 1, Competency: domain.Depth,
		Repeat: "daily", Minutes: 30, Created: created("2026-11-16")}
	taskKata = domain.Task{ID: 3, Title: "Kata", GoalID: 1, Competency: domain.Depth,
		Repeat: "weekdays", Created: created("2026-11-16")}
	taskOld = domain.Task{ID: 4, Title: "Old habit", Competency: domain.Depth, Repeat: "daily",
		Archived: true, ArchivedOn: date("2026-11-20"), Created: created("2026-11-01")}
	taskOnce = domain.Task{ID: 5, Title: "Read the Go spec", Competency: domain.Learning, Repeat: "once",
		Due: date("2026-11-20"), Created: created("2026-11-10")}
	taskProto = domain.Task{ID: 6, Title: "Prototype an idea", GoalID: 2, Competency: domain.Innovation,
		Repeat: "3/week", Created: created("2026-11-16")}
)

// history builds the test history by hand.
func history() store.History {
	var cs []domain.CheckIn
	add := func(id uint64, minutes int, ds ...domain.Date) {
		for _, d := range ds {
			cs = append(cs, domain.CheckIn{TaskID: id, Date: d, Minutes: minutes})
		}
	}
	add(1, 30, span("2026-11-16", "2026-11-29")...)
	add(1, 99, date("2026-11-30")) // tomorrow: imported, or COACH_TODAY in the past
	add(3, 20, span("2026-11-16", "2026-11-20")...)
	add(3, 20, span("2026-11-23", "2026-11-27")...)
	add(4, 10, span("2026-11-01", "2026-11-19")...) // 11-01 is just outside the 28 days
	add(5, 45, date("2026-11-21"))                  // due Friday 20, done Saturday 21
	add(6, 25, date("2026-11-17"), date("2026-11-19"), date("2026-11-21"), date("2026-11-24"))
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].Date < cs[j].Date }) // as the store returns them
	return store.History{
		Goals: []domain.Goal{
			{ID: 1, Title: "Master Go's runtime", Competency: domain.Depth, Status: domain.StatusActive},
			{ID: 2, Title: "Ship side projects", Competency: domain.Innovation, Status: domain.StatusActive},
			{ID: 3, Title: "Learn Rust", Competency: domain.Breadth, Status: domain.StatusDone},
			{ID: 4, Title: "Read more", Competency: domain.Learning, Status: domain.StatusArchived},
		},
		// Out of handbook order on purpose.
		Tasks:    []domain.Task{taskProto, taskDaily, taskOnce, taskKata, taskOld},
		CheckIns: cs,
		Ratings: map[domain.Date]int{
			date("2026-11-29"): 4, date("2026-11-25"): 2, // 7 days
			date("2026-11-10"): 5, // 30 days
			date("2026-01-15"): 1, // 365 days
			date("2025-11-29"): 5, // 365 days ago: outside
			date("2026-11-30"): 1, // tomorrow: outside
		},
		ReviewWeeks: map[string]bool{"2026-W47": true}, // last week's, not this week's
	}
}

func doneOf(h store.History, id uint64) []domain.Date {
	var out []domain.Date
	for _, c := range h.CheckIns {
		if c.TaskID == id {
			out = append(out, c.Date)
		}
	}
	return out
}

func TestComputeTasks(t *testing.T) {
	h := history()
	r := Compute(h, today, content.EN)
	if r.Date != "2026-11-29" {
		t.Errorf("Date = %q", r.Date)
	}
	// A check-in every day from 1 November; none on 31 October, when no
	// habit existed yet.
	if r.DayStreak != 29 {
		t.Errorf("DayStreak = %d, want 29", r.DayStreak)
	}
	// Every fixed-day habit kept on every day it was due; the one-off done
	// a day late does not count against the 20th.
	if r.PerfectDays != (PerfectStat{Streak: 29, Days28: 28}) {
		t.Errorf("PerfectDays = %+v, want 29 in a row, 28 in 28 days", r.PerfectDays)
	}

	// Daily, done every day for 14 days from creation: 1 − m^14 with
	// m^13 = 1/2.
	sDaily := 1 - math.Pow(0.5, 14.0/13)
	if got := domain.TaskStrength(taskDaily, doneOf(h, 1), today).Score; math.Abs(got-sDaily) > 1e-9 {
		t.Fatalf("daily strength %v, want %v", got, sDaily)
	}
	sKata := domain.TaskStrength(taskKata, doneOf(h, 3), today).Score
	sProto := domain.TaskStrength(taskProto, doneOf(h, 6), today).Score
	want := []TaskStat{
		{ID: 1, Title: "Read runtime source", Competency: "depth", Repeat: "daily",
			Streak: 14, BestStreak: 14, Strength: r3(sDaily), Done28: 14, Due28: 14},
		{ID: 3, Title: "Kata", Competency: "depth", Repeat: "weekdays",
			Streak: 10, BestStreak: 10, Strength: r3(sKata), Done28: 10, Due28: 10},
		{ID: 6, Title: "Prototype an idea", Competency: "innovation", Repeat: "3/week",
			Streak: 1, BestStreak: 1, Strength: r3(sProto), Done28: 4, Due28: 6},
	}
	if !slices.Equal(r.Tasks, want) {
		t.Errorf("Tasks =\n%+v\nwant\n%+v", r.Tasks, want)
	}
	for _, ts := range r.Tasks {
		if ts.Strength <= 0 || ts.Strength >= 1 {
			t.Errorf("task %d strength %v outside (0, 1)", ts.ID, ts.Strength)
		}
	}

	ex, ok := r.Explain(1)
	if !ok || ex.Days != 14 || ex.Recent != 14 || ex.Expected != 14 || math.Abs(ex.Score-sDaily) > 1e-9 {
		t.Errorf("Explain(1) = %+v, %v", ex, ok)
	}
	if ex, ok := r.Explain(6); !ok || ex.Expected != 6 || ex.Recent != 4 {
		t.Errorf("Explain(6) = %+v, %v", ex, ok)
	}
	for _, id := range []uint64{4, 5, 99} { // archived, once, unknown
		if _, ok := r.Explain(id); ok {
			t.Errorf("Explain(%d) found", id)
		}
	}
}

func TestComputeCompetencies(t *testing.T) {
	h := history()
	r := Compute(h, today, content.EN)
	sDaily := domain.TaskStrength(taskDaily, doneOf(h, 1), today).Score
	sKata := domain.TaskStrength(taskKata, doneOf(h, 3), today).Score
	sProto := domain.TaskStrength(taskProto, doneOf(h, 6), today).Score
	if sOld := domain.TaskStrength(taskOld, doneOf(h, 4), today).Score; sOld <= 0 {
		t.Fatalf("the archived habit should have some strength to leave out, got %v", sOld)
	}
	want := []CompStat{
		// The archived habit is left out of the mean; its check-ins in the
		// last 28 days (2…19 November) count.
		{ID: "depth", Strength: r3((sDaily + sKata) / 2), CheckIns28: 14 + 10 + 18, Minutes28: 14*30 + 10*20 + 18*10, HasGoal: true},
		{ID: "breadth"}, // its goal is done
		{ID: "learning", CheckIns28: 1, Minutes28: 45}, // a one-off has no strength; its goal is archived
		{ID: "problem-solving"},
		{ID: "collaboration"},
		{ID: "innovation", Strength: r3(sProto), CheckIns28: 4, Minutes28: 100, HasGoal: true},
	}
	if !slices.Equal(r.Competencies, want) {
		t.Errorf("Competencies =\n%+v\nwant\n%+v", r.Competencies, want)
	}
}

func TestComputeRatings(t *testing.T) {
	r := Compute(history(), today, content.EN)
	check := func(name string, got *float64, want float64) {
		t.Helper()
		if got == nil || *got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	check("7d", r.RatingMean.D7, 3)            // 4, 2
	check("30d", r.RatingMean.D30, r3(11.0/3)) // 4, 2, 5
	check("365d", r.RatingMean.D365, 3)        // 4, 2, 5, 1

	h := history()
	h.Ratings = map[domain.Date]int{today - 10: 4}
	r = Compute(h, today, content.EN)
	if r.RatingMean.D7 != nil {
		t.Errorf("7d = %v, want nil", *r.RatingMean.D7)
	}
	check("30d", r.RatingMean.D30, 4)
	check("365d", r.RatingMean.D365, 4)

	h.Ratings = nil
	r = Compute(h, today, content.EN)
	if r.RatingMean != (RatingMeans{}) {
		t.Errorf("no ratings: %+v, want all nil", r.RatingMean)
	}
}

func TestComputeSuggestions(t *testing.T) {
	h := history()
	type ks struct{ kind, comp string }
	kinds := func(ss []Suggestion) []ks {
		var out []ks
		for _, s := range ss {
			out = append(out, ks{s.Kind, s.Competency})
		}
		return out
	}
	want := []ks{
		{domain.SuggestReview, ""},
		{domain.SuggestWeakest, domain.Innovation}, // weaker than depth; both have active goals
		{domain.SuggestNoGoal, domain.Breadth},     // breadth's goal is done
		{domain.SuggestTip, ""},
	}
	byLang := map[content.Lang][]Suggestion{}
	for _, lang := range content.Langs() {
		r := Compute(h, today, lang)
		byLang[lang] = r.Suggestions
		if got := kinds(r.Suggestions); !slices.Equal(got, want) {
			t.Fatalf("%s: suggestions %v, want %v", lang, got, want)
		}
		ui := content.Strings(lang).Coach
		innov := r.Competencies[domain.CompetencyIndex(domain.Innovation)]
		for _, s := range r.Suggestions {
			if strings.TrimSpace(s.Text) == "" {
				t.Errorf("%s: %s has no text", lang, s.Kind)
			}
			if strings.Contains(s.Text, "%!") {
				t.Errorf("%s: %s text is badly formatted: %q", lang, s.Kind, s.Text)
			}
			switch s.Kind {
			case domain.SuggestReview:
				if s.Text != ui.Review {
					t.Errorf("%s: review text %q", lang, s.Text)
				}
			case domain.SuggestWeakest:
				name := content.CompetencyName(lang, domain.Innovation)
				pct := fmt.Sprintf("%d%%", int(math.Round(innov.Strength*100)))
				if !strings.Contains(s.Text, name) || !strings.Contains(s.Text, pct) {
					t.Errorf("%s: weakest text %q lacks %q or %q", lang, s.Text, name, pct)
				}
				// And the user's own innovation task, not a starter.
				if s.TaskID != taskProto.ID || s.Task != "" || !strings.HasSuffix(s.Text, taskProto.Title) {
					t.Errorf("%s: weakest %+v does not name the user's task %q", lang, s, taskProto.Title)
				}
			case domain.SuggestNoGoal:
				if s.Text != fmt.Sprintf(ui.NoGoal, content.CompetencyName(lang, domain.Breadth)) {
					t.Errorf("%s: no-goal text %q", lang, s.Text)
				}
			case domain.SuggestTip:
				found := false
				for _, tip := range content.CoachData(lang).Tips {
					if s.Text == fmt.Sprintf(ui.Tip, tip.Text) {
						found = true
					}
				}
				if !found {
					t.Errorf("%s: tip %q is not one of the content's tips", lang, s.Text)
				}
			}
		}
	}
	for i := range byLang[content.EN] {
		if byLang[content.EN][i].Text == byLang[content.ZH][i].Text {
			t.Errorf("%s: same text in en and zh: %q", byLang[content.EN][i].Kind, byLang[content.EN][i].Text)
		}
	}

	// This week's review written: no review suggestion.
	h.ReviewWeeks = map[string]bool{"2026-W48": true}
	if got := kinds(Compute(h, today, content.EN).Suggestions); !slices.Equal(got, want[1:]) {
		t.Errorf("review written: %v, want %v", got, want[1:])
	}
	// Saturday: no review whatever.
	h.ReviewWeeks = nil
	for _, s := range Compute(h, today-1, content.EN).Suggestions {
		if s.Kind == domain.SuggestReview {
			t.Errorf("review suggested on a Saturday")
		}
	}
	// The tip is the same all day and changes from day to day.
	a := Compute(h, today, content.EN).Suggestions
	b := Compute(h, today, content.EN).Suggestions
	if !slices.Equal(a, b) {
		t.Errorf("suggestions differ between two calls on one day")
	}
	if len(content.CoachData(content.EN).Tips) > 1 {
		c := Compute(h, today+1, content.EN).Suggestions
		if a[len(a)-1].Text == c[len(c)-1].Text {
			t.Errorf("the same tip two days running: %q", a[len(a)-1].Text)
		}
	}
}

func TestComputeHeat(t *testing.T) {
	h := history()
	r := Compute(h, today, content.EN)
	if n := len(r.Last30); n != 30 {
		t.Fatalf("Last30 has %d values", n)
	}
	for i, v := range r.Last30 {
		if v < 0 || v > 1 {
			t.Errorf("Last30[%d] = %v", i, v)
		}
	}
	// Oldest first: 31 October … 29 November.
	for i, want := range map[int]float64{
		0:  0, // 31 October: nothing due
		1:  1, // 1 November: the old habit, done
		20: 1, // 20 November: the one-off due that day counts where it was done
		29: 1, // today
	} {
		if math.Abs(r.Last30[i]-want) > 1e-12 {
			t.Errorf("Last30[%d] = %v, want %v", i, r.Last30[i], want)
		}
	}
	heatAt := func(r Report, d domain.Date) domain.DayTally {
		for _, c := range r.Heat {
			if c.Date == d {
				return c.DayTally
			}
		}
		t.Fatalf("%s not in the heat map", d)
		return domain.DayTally{}
	}
	if got := heatAt(r, date("2026-11-20")); got != (domain.DayTally{Due: 2, Done: 2}) {
		t.Errorf("heat on 11-20 = %+v", got)
	}
	if got := heatAt(r, date("2026-11-21")); got != (domain.DayTally{Due: 3, Done: 3}) {
		t.Errorf("heat on 11-21 = %+v", got) // the one-off done a day late
	}
	if got := heatAt(r, date("2026-11-22")); got != (domain.DayTally{Due: 1, Done: 1}) {
		t.Errorf("heat on 11-22 = %+v", got) // the 3/week week was kept: no missing one on Sunday
	}

	// Shape, on every weekday of a week, also with an empty history.
	for d := today; d < today+7; d++ {
		for _, hh := range []store.History{h, {}} {
			r := Compute(hh, d, content.EN)
			if len(r.Heat) == 0 {
				t.Fatalf("%s: empty heat map", d)
			}
			first, last := r.Heat[0].Date, r.Heat[len(r.Heat)-1].Date
			if first.Weekday() != time.Monday {
				t.Errorf("%s: heat starts on a %s", d, first.Weekday())
			}
			if last != d {
				t.Errorf("%s: heat ends on %s", d, last)
			}
			if weeks := (len(r.Heat) + 6) / 7; weeks > HeatWeeks || weeks < HeatWeeks-1 {
				t.Errorf("%s: heat spans %d weeks (%d days)", d, weeks, len(r.Heat))
			}
			for i := 1; i < len(r.Heat); i++ {
				if r.Heat[i].Date != r.Heat[i-1].Date+1 {
					t.Fatalf("%s: heat not consecutive at %d", d, i)
				}
			}
			if len(r.Last30) != 30 {
				t.Errorf("%s: Last30 has %d values", d, len(r.Last30))
			}
		}
	}
}

func TestComputeEmpty(t *testing.T) {
	r := Compute(store.History{}, today, content.EN)
	if r.DayStreak != 0 || len(r.Tasks) != 0 || len(r.Competencies) != 6 {
		t.Errorf("empty report: %+v", r)
	}
	if r.RatingMean != (RatingMeans{}) {
		t.Errorf("ratings %+v, want nil", r.RatingMean)
	}
	// Sunday, no review, no goals: review, the first competency without a
	// goal, a tip.
	var kinds []string
	for _, s := range r.Suggestions {
		kinds = append(kinds, s.Kind+":"+s.Competency)
	}
	if want := []string{"review:", "no-goal:depth", "tip:"}; !slices.Equal(kinds, want) {
		t.Errorf("suggestions %v, want %v", kinds, want)
	}
	for _, v := range r.Last30 {
		if v != 0 {
			t.Errorf("Last30 %v, want zeros", r.Last30)
			break
		}
	}
}

func TestReportJSON(t *testing.T) {
	h := history()
	h.Ratings = map[domain.Date]int{today - 10: 4} // none in 7 days
	b, err := json.Marshal(Compute(h, today, content.EN))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	has := func(obj map[string]any, where string, keys ...string) {
		t.Helper()
		for _, k := range keys {
			if _, ok := obj[k]; !ok {
				t.Errorf("%s has no key %q: %v", where, k, obj)
			}
		}
	}
	has(m, "report", "date", "day_streak", "perfect_days", "tasks", "competencies", "rating_mean", "suggestions")
	for _, k := range []string{"Heat", "Last30", "heat", "last30", "today", "explain"} {
		if _, ok := m[k]; ok {
			t.Errorf("report has key %q", k)
		}
	}
	if m["date"] != "2026-11-29" || m["day_streak"] != 29.0 {
		t.Errorf("date %v, day_streak %v", m["date"], m["day_streak"])
	}
	if p, _ := m["perfect_days"].(map[string]any); p["streak"] != 29.0 || p["days_28d"] != 28.0 {
		t.Errorf("perfect_days %v", m["perfect_days"])
	}

	tasks, ok := m["tasks"].([]any)
	if !ok || len(tasks) != 3 {
		t.Fatalf("tasks = %v", m["tasks"])
	}
	for _, x := range tasks {
		task := x.(map[string]any)
		has(task, "task", "id", "title", "competency", "repeat", "streak", "best_streak", "strength", "done_28d", "due_28d")
	}
	first := tasks[0].(map[string]any)
	if first["id"] != 1.0 || first["repeat"] != "daily" || first["streak"] != 14.0 || first["done_28d"] != 14.0 {
		t.Errorf("first task %v", first)
	}

	comps, ok := m["competencies"].([]any)
	if !ok || len(comps) != 6 {
		t.Fatalf("competencies = %v", m["competencies"])
	}
	for i, x := range comps {
		c := x.(map[string]any)
		has(c, "competency", "id", "strength", "checkins_28d", "minutes_28d")
		if c["id"] != domain.Competencies[i] {
			t.Errorf("competency %d is %v", i, c["id"])
		}
	}
	if c := comps[0].(map[string]any); c["checkins_28d"] != 42.0 || c["minutes_28d"] != 800.0 {
		t.Errorf("depth %v", c)
	}

	rm, ok := m["rating_mean"].(map[string]any)
	if !ok {
		t.Fatalf("rating_mean = %v", m["rating_mean"])
	}
	has(rm, "rating_mean", "7d", "30d", "365d")
	if rm["7d"] != nil || rm["30d"] != 4.0 || rm["365d"] != 4.0 {
		t.Errorf("rating_mean = %v, want 7d null, 30d 4, 365d 4", rm)
	}
	if !strings.Contains(string(b), `"7d":null`) {
		t.Errorf("7d is not written as null: %s", b)
	}

	ss, ok := m["suggestions"].([]any)
	if !ok || len(ss) != 4 {
		t.Fatalf("suggestions = %v", m["suggestions"])
	}
	for _, x := range ss {
		s := x.(map[string]any)
		has(s, "suggestion", "kind", "text")
		if s["text"] == "" {
			t.Errorf("suggestion without text: %v", s)
		}
	}
	if ss[0].(map[string]any)["kind"] != "review" || ss[3].(map[string]any)["kind"] != "tip" {
		t.Errorf("suggestions out of order: %v", ss)
	}
}

// The advice from the habits alone is the report's advice, on a history
// longer than the strength's horizon, so Habits leaves check-ins out.
func TestAdviceMatchesTheReport(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	today := domain.NewDate(2026, 11, 28)
	ds := demo.Generate(demo.Options{Days: 4 * 365, Seed: 3, Today: today, Lang: content.EN, Loc: time.UTC})
	if err := st.Load(ds, false); err != nil {
		t.Fatal(err)
	}
	r, _, err := Load(st, today, content.EN)
	if err != nil {
		t.Fatal(err)
	}
	h, err := st.Habits(today)
	if err != nil {
		t.Fatal(err)
	}
	// Every habit's strength from the shortened history is the one from
	// the whole history, to the bit.
	all := map[uint64][]domain.Date{}
	for _, c := range ds.CheckIns {
		all[c.TaskID] = append(all[c.TaskID], c.Date)
	}
	older := 0
	for _, tk := range h.Tasks {
		full := all[tk.ID]
		slices.Sort(full)
		if len(full) > len(h.Done[tk.ID]) {
			older++
		}
		if a, b := domain.TaskStrength(tk, h.Done[tk.ID], today), domain.TaskStrength(tk, full, today); a != b {
			t.Errorf("task %d: strength from Habits %+v, from the whole history %+v", tk.ID, a, b)
		}
	}
	if older == 0 {
		t.Fatal("Habits read every check-in: the test does not reach past the horizon")
	}
	for _, lang := range []content.Lang{content.EN, content.ZH} {
		r2, _, _ := Load(st, today, lang)
		if got := Advice(h, today, lang); !reflect.DeepEqual(got, r2.Suggestions) {
			t.Errorf("%s: Advice = %+v\nreport = %+v", lang, got, r2.Suggestions)
		}
	}
	if len(r.Suggestions) < 2 {
		t.Errorf("only %d suggestions", len(r.Suggestions))
	}
}

// The weekly review of a week older than the report's history reads the
// whole history: its one-off tasks count.
func TestLoadWeekBeforeTheHistory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	then := time.Date(2024, 11, 20, 9, 0, 0, 0, time.Local)
	old, err := store.Open(path, store.WithClock(func() time.Time { return then }))
	if err != nil {
		t.Fatal(err)
	}
	task, err := old.AddTask(domain.Task{Title: "Write the RFC", Competency: domain.Collaboration, Due: domain.DateOf(then)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.SetDone(domain.CheckIn{TaskID: task.ID, Date: domain.DateOf(then)}); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	today := domain.NewDate(2026, 11, 28)
	_, h, err := Load(st, today, content.EN)
	if err != nil {
		t.Fatal(err)
	}
	monday := domain.DateOf(then).Monday()
	if _, ok := Week(h, monday, today); ok {
		t.Fatalf("figures of %s called whole from a history that starts on %s", monday, h.From)
	}
	f, used, err := LoadWeek(st, h, monday, today)
	if err != nil {
		t.Fatal(err)
	}
	var c WeekComp
	for _, wc := range f.Comps {
		if wc.ID == domain.Collaboration {
			c = wc
		}
	}
	if c.Done != 1 || c.Due != 1 || used.From != 1 {
		t.Errorf("week of %s: collaboration %d/%d done, history from %s", monday, c.Done, c.Due, used.From)
	}
	// a week inside the history needs no more
	if _, ok := Week(h, today.Monday(), today); !ok {
		t.Error("this week's figures are not whole")
	}
}

// TestHabitFiguresKeepExtraApart replays the simulated week of the issue:
// a weekdays habit kept Mon, Thu, Fri and ticked on Saturday too. The
// Saturday tick is extra: done_28d stays 3 of 5, as the goal reads 60%.
func TestHabitFiguresKeepExtraApart(t *testing.T) {
	mon, err := domain.ParseISODate("2026-11-23")
	if err != nil {
		t.Fatal(err)
	}
	habit := domain.Task{ID: 1, Title: "Read runtime source", Competency: "depth", Repeat: "weekdays",
		Created: mon.Time()}
	var h store.History
	h.Tasks = []domain.Task{habit}
	for _, d := range []int{0, 3, 4, 5} {
		h.CheckIns = append(h.CheckIns, domain.CheckIn{TaskID: 1, Date: mon + domain.Date(d), Minutes: 30})
	}
	r := Compute(h, mon+6, content.EN)
	if len(r.Tasks) != 1 || r.Tasks[0].Done28 != 3 || r.Tasks[0].Due28 != 5 || r.Tasks[0].Extra28 != 1 {
		t.Errorf("habit figures = %+v, want 3 of 5 done and 1 extra", r.Tasks)
	}
}
