package demo_test

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"coach/content"
	"coach/demo"
	"coach/domain"
	"coach/store"
)

var today = domain.NewDate(2026, time.November, 28)

func opts(seed int64, days int, lang content.Lang) demo.Options {
	return demo.Options{Days: days, Seed: seed, Today: today, Lang: lang, Loc: time.UTC}
}

// shape is the figures the generator promises.
type shape struct {
	days          int
	adherence     float64 // habit check-ins over scheduled check-ins, past days
	oncePerDay    float64
	reflectedDays float64 // share of days with a reflection
	words         float64 // mean words (English) or characters/2 (Chinese) per reflection
	meanRating    float64
	ratings       [6]int
	reviews       int
	weeks         int
	habits        int
	archived      int
	open          int // one-off tasks neither done nor archived, due before today
	doneGoals     int
}

func measure(ds domain.Dataset, days int, zh bool) shape {
	s := shape{days: days}
	start := today.AddDays(1 - days)
	doneOn := map[uint64]map[domain.Date]bool{}
	for _, c := range ds.CheckIns {
		if doneOn[c.TaskID] == nil {
			doneOn[c.TaskID] = map[domain.Date]bool{}
		}
		doneOn[c.TaskID][c.Date] = true
	}
	due, done := 0, 0
	for _, t := range ds.Tasks {
		r := t.Schedule()
		if !r.Recurring() {
			if t.Due <= today {
				s.oncePerDay++
				if t.Due < today && len(doneOn[t.ID]) == 0 && !t.Archived {
					s.open++
				}
			}
			continue
		}
		s.habits++
		until := today // past days only: today is not over
		if t.Archived {
			s.archived++
			until = min(until, t.ArchivedOn)
		}
		from := t.CreatedOn()
		if r.Kind == domain.PerWeek {
			for mon := from.Monday(); mon.AddDays(6) < until; mon = mon.AddDays(7) {
				if mon < from {
					continue
				}
				n := 0
				for d := mon; d < mon.AddDays(7); d++ {
					n += b2i(doneOn[t.ID][d])
				}
				due += r.N
				done += min(n, r.N)
			}
			continue
		}
		for d := from; d < until; d++ {
			if r.ScheduledOn(d) {
				due++
				done += b2i(doneOn[t.ID][d])
			}
		}
	}
	s.adherence = float64(done) / float64(due)
	s.oncePerDay /= float64(days)
	s.reflectedDays = float64(len(ds.Reflections)) / float64(days)
	sum := 0
	for _, r := range ds.Reflections {
		text := strings.Join([]string{r.Learned, r.Solved, r.Collaborated, r.Idea, r.Next}, " ")
		if zh {
			s.words += float64(utf8.RuneCountInString(text)) / 2
		} else {
			s.words += float64(len(strings.Fields(text)))
		}
		s.ratings[r.Rating]++
		sum += r.Rating
	}
	s.words /= float64(len(ds.Reflections))
	s.meanRating = float64(sum) / float64(len(ds.Reflections))
	s.reviews = len(ds.Reviews)
	s.weeks = int(today.Monday()-start.Monday()) / 7
	for _, g := range ds.Goals {
		s.doneGoals += b2i(g.Status == domain.StatusDone)
	}
	return s
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestDeterministic(t *testing.T) {
	a := demo.Generate(opts(7, 365, content.EN))
	b := demo.Generate(opts(7, 365, content.EN))
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same seed gave two different datasets")
	}
	c := demo.Generate(opts(8, 365, content.EN))
	if reflect.DeepEqual(a, c) {
		t.Fatal("seeds 7 and 8 gave the same dataset")
	}
	if reflect.DeepEqual(a.Reflections, c.Reflections) || reflect.DeepEqual(a.CheckIns, c.CheckIns) {
		t.Error("different seeds should give different journals and check-ins")
	}
}

func TestTenYearsDeterministic(t *testing.T) {
	o := demo.Options{Years: 10, Seed: 42, Today: today} // time.Local, as the command uses it
	start := time.Now()
	a := demo.Generate(o)
	took := time.Since(start)
	b := demo.Generate(o)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same seed gave two different 10-year datasets")
	}
	if took > 5*time.Second { // typically about 0.1 s; a loose bound for busy machines
		t.Errorf("generating 10 years took %v; want well under a second", took)
	}
	if _, err := domain.CleanDataset(b); err != nil {
		t.Fatal(err)
	}
	s := measure(a, o.PeriodDays(), false)
	t.Logf("10 years in %v: %d goals, %d tasks, %d check-ins, %d reflections, %d reviews; %+v",
		took, len(a.Goals), len(a.Tasks), len(a.CheckIns), len(a.Reflections), len(a.Reviews), s)
	if s.adherence < 0.7 || s.adherence > 0.9 || s.oncePerDay < 3 || s.oncePerDay > 7 {
		t.Errorf("10-year shape is off: %+v", s)
	}
}

func TestShape(t *testing.T) {
	for _, seed := range []int64{1, 2, 3, 7, 99} {
		for _, lang := range []content.Lang{content.EN, content.ZH} {
			t.Run(fmt.Sprintf("%s/seed%d", lang, seed), func(t *testing.T) {
				ds := demo.Generate(opts(seed, 365, lang))
				s := measure(ds, 365, lang == content.ZH)
				t.Logf("%+v", s)
				if s.adherence < 0.7 || s.adherence > 0.9 {
					t.Errorf("habit adherence %.3f, want 0.70–0.90", s.adherence)
				}
				if s.oncePerDay < 3 || s.oncePerDay > 7 {
					t.Errorf("%.2f one-off tasks a day, want 3–7", s.oncePerDay)
				}
				if s.reflectedDays < 0.85 {
					t.Errorf("reflections on %.1f%% of days, want at least 85%%", 100*s.reflectedDays)
				}
				if lang == content.EN && (s.words < 120 || s.words > 180) {
					t.Errorf("%.1f words per reflection, want 120–180", s.words)
				}
				if s.meanRating < 3 || s.meanRating > 4 || s.ratings[3]+s.ratings[4] < len(ds.Reflections)/2 ||
					s.ratings[1] == 0 && s.ratings[5] == 0 {
					t.Errorf("ratings %v (mean %.2f) should lean to 3–4 and use the whole scale", s.ratings[1:], s.meanRating)
				}
				if s.reviews < s.weeks*6/10 || s.reviews > s.weeks {
					t.Errorf("%d reviews in %d weeks", s.reviews, s.weeks)
				}
				if s.habits < 8 || s.habits > 11 || s.archived < 1 || s.archived > 2 {
					t.Errorf("%d habits, %d archived; want about 8, one or two archived", s.habits, s.archived)
				}
				if s.open < 1 || s.open > 15 {
					t.Errorf("%d one-off tasks left open; want a few carried over", s.open)
				}
				if len(ds.Goals) < 6 || len(ds.Goals) > 8 || s.doneGoals != 1 {
					t.Errorf("%d goals, %d done; want about 6, one done", len(ds.Goals), s.doneGoals)
				}
				checkRecords(t, ds, lang)
				if _, err := domain.CleanDataset(ds); err != nil {
					t.Fatal(err)
				}
			})
		}
	}
}

// checkRecords checks what CleanDataset does not: ids, order, dates within
// the period, the schedules and the goals' competencies.
func checkRecords(t *testing.T, ds domain.Dataset, lang content.Lang) {
	t.Helper()
	start := today.AddDays(-364)
	var comps [6]bool
	for i, g := range ds.Goals {
		if g.ID != uint64(i+1) || g.Title == "" || g.Why == "" || len(g.Resources) == 0 {
			t.Fatalf("goal %d: %+v", i, g)
		}
		comps[domain.CompetencyIndex(g.Competency)] = true
		if d := domain.DateOf(g.Created); d < start || d > today {
			t.Errorf("goal %d created on %s, outside the period", g.ID, d)
		}
	}
	if comps != [6]bool{true, true, true, true, true, true} {
		t.Errorf("goals do not cover the six competencies: %v", comps)
	}
	kinds := map[domain.RepeatKind]int{}
	lastCreated := time.Time{}
	for i, tk := range ds.Tasks {
		if tk.ID != uint64(i+1) {
			t.Fatalf("task %d has id %d", i, tk.ID)
		}
		if tk.Created.Before(lastCreated.Add(-72 * time.Hour)) {
			t.Errorf("task %d created %v, long before task %d (%v)", tk.ID, tk.Created, tk.ID-1, lastCreated)
		}
		lastCreated = tk.Created
		kinds[tk.Schedule().Kind]++
		if tk.GoalID != 0 && ds.Goals[tk.GoalID-1].Competency != tk.Competency {
			t.Errorf("task %d is in %s but its goal in %s", tk.ID, tk.Competency, ds.Goals[tk.GoalID-1].Competency)
		}
		if tk.Archived && (tk.ArchivedOn.IsZero() || tk.ArchivedOn > today) {
			t.Errorf("task %d archived on %s", tk.ID, tk.ArchivedOn)
		}
		if lang == content.EN && strings.ContainsAny(tk.Title, "{}") {
			t.Errorf("task %d title %q has an unfilled slot", tk.ID, tk.Title)
		}
	}
	var habitComps [6]bool
	for _, tk := range ds.Tasks {
		if tk.Schedule().Recurring() && !tk.Archived {
			habitComps[domain.CompetencyIndex(tk.Competency)] = true
		}
	}
	if habitComps != [6]bool{true, true, true, true, true, true} {
		t.Errorf("some competency ends without an active habit: %v", habitComps)
	}
	for _, k := range []domain.RepeatKind{domain.Daily, domain.Weekdays, domain.OnDays, domain.PerWeek} {
		if kinds[k] == 0 {
			t.Errorf("no habit of kind %d: %v", k, kinds)
		}
	}
	for i, c := range ds.CheckIns {
		tk := ds.Tasks[c.TaskID-1]
		if c.Date < start || c.Date > today || c.Date < tk.CreatedOn() || tk.Archived && c.Date >= tk.ArchivedOn {
			t.Errorf("check-in %+v outside its task's life (%s…%s)", c, tk.CreatedOn(), tk.ArchivedOn)
		}
		if i > 0 {
			p := ds.CheckIns[i-1]
			if p.Date > c.Date || p.Date == c.Date && p.TaskID >= c.TaskID {
				t.Fatalf("check-ins out of order at %d", i)
			}
		}
	}
	for i, r := range ds.Reflections {
		if r.Date >= today || r.Date < start || i > 0 && ds.Reflections[i-1].Date >= r.Date {
			t.Fatalf("reflection %d on %s", i, r.Date)
		}
		all := r.Learned + r.Solved + r.Collaborated + r.Idea + r.Next
		if strings.ContainsAny(all, "{}") || len(r.Tags) < 1 || len(r.Tags) > 3 {
			t.Fatalf("reflection %s: %+v", r.Date, r)
		}
	}
	for i, r := range ds.Reviews {
		if i > 0 && ds.Reviews[i-1].Week >= r.Week || r.WentWell == "" || r.Adjust == "" || r.Focus == "" {
			t.Fatalf("review %d: %+v", i, r)
		}
	}
}

func TestChinese(t *testing.T) {
	ds := demo.Generate(opts(3, 60, content.ZH))
	coach := content.CoachData(content.ZH)
	titles := map[string]bool{}
	for _, g := range coach.Goals {
		titles[g.Title] = true
	}
	if !titles[ds.Goals[0].Title] {
		t.Errorf("goal %q is not a Chinese starter goal", ds.Goals[0].Title)
	}
	r := ds.Reflections[len(ds.Reflections)-1]
	if !strings.ContainsRune(r.Learned+r.Solved, '。') {
		t.Errorf("Chinese reflection reads %q", r.Learned)
	}
}

func TestShortPeriods(t *testing.T) {
	for _, days := range []int{1, 2, 7, 27, 28, 120} {
		ds := demo.Generate(opts(5, days, content.EN))
		if _, err := domain.CleanDataset(ds); err != nil {
			t.Errorf("%d days: %v", days, err)
		}
		if len(ds.Goals) < 6 || len(ds.Tasks) < 8 {
			t.Errorf("%d days: %d goals, %d tasks", days, len(ds.Goals), len(ds.Tasks))
		}
	}
	if n := (demo.Options{Years: 0.5}).PeriodDays(); n != 183 {
		t.Errorf("half a year = %d days", n)
	}
	if n := (demo.Options{}).PeriodDays(); n != 365 {
		t.Errorf("default period = %d days", n)
	}
}

func TestLoad(t *testing.T) {
	ds := demo.Generate(opts(11, 365, content.EN))
	st, err := store.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Load(ds, false); err != nil {
		t.Fatal(err)
	}
	got, err := st.Dump()
	if err != nil {
		t.Fatal(err)
	}
	want := demo.Generate(opts(11, 365, content.EN))
	if len(got.Goals) != len(want.Goals) || len(got.Tasks) != len(want.Tasks) || len(got.CheckIns) != len(want.CheckIns) ||
		len(got.Reflections) != len(want.Reflections) || len(got.Reviews) != len(want.Reviews) {
		t.Fatalf("the store holds %d/%d/%d/%d/%d records, generated %d/%d/%d/%d/%d",
			len(got.Goals), len(got.Tasks), len(got.CheckIns), len(got.Reflections), len(got.Reviews),
			len(want.Goals), len(want.Tasks), len(want.CheckIns), len(want.Reflections), len(want.Reviews))
	}
	if !reflect.DeepEqual(got.Reflections, want.Reflections) || !reflect.DeepEqual(got.CheckIns, want.CheckIns) ||
		!reflect.DeepEqual(got.Reviews, want.Reviews) {
		t.Error("the journal read back differs from the generated one")
	}
	for i := range want.Tasks {
		if a, b := got.Tasks[i], want.Tasks[i]; a.Title != b.Title || !a.Created.Equal(b.Created) || a.Archived != b.Archived {
			t.Fatalf("task %d read back as %+v, generated %+v", i+1, a, b)
		}
	}
	problems, err := st.Check()
	if err != nil || len(problems) > 0 {
		t.Errorf("check: %v %v", problems, err)
	}
}

func BenchmarkGenerate10Years(b *testing.B) {
	o := demo.Options{Years: 10, Seed: 1, Today: today}
	for b.Loop() {
		demo.Generate(o)
	}
}

func benchmarkLoad(b *testing.B, years float64) {
	ds := demo.Generate(demo.Options{Years: years, Seed: 1, Today: today})
	dir := b.TempDir()
	i := 0
	for b.Loop() {
		i++
		st, err := store.Open(filepath.Join(dir, fmt.Sprintf("demo%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		if err := st.Load(ds, false); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoad1Year(b *testing.B)   { benchmarkLoad(b, 1) }
func BenchmarkLoad10Years(b *testing.B) { benchmarkLoad(b, 10) }
