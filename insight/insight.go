// Package insight reads a coaching history and says where the user stands:
// streaks, habit strength, the balance of competencies, ratings, the daily
// completion calendar and ranked suggestions. It computes from values only;
// callers load the history.
package insight

import (
	"math"
	"sort"

	"coach/content"
	"coach/domain"
	"coach/store"
)

// HeatWeeks is the span of the completion calendar.
const HeatWeeks = 52

// Report is everything `coach stats` prints and the Progress screen draws.
type Report struct {
	Date         string       `json:"date"`
	DayStreak    int          `json:"day_streak"`   // days in a row shown up
	PerfectDays  PerfectStat  `json:"perfect_days"` // days with every habit due done
	Tasks        []TaskStat   `json:"tasks"`
	Competencies []CompStat   `json:"competencies"`
	RatingMean   RatingMeans  `json:"rating_mean"`
	Suggestions  []Suggestion `json:"suggestions"`
	Heat         []Day        `json:"-"` // oldest first, from a Monday to today
	Last30       []float64    `json:"-"` // daily completion, oldest first
	today        domain.Date
	explain      map[uint64]domain.Strength
}

// PerfectStat is the perfect-day figure: the current run and the count in
// the last 28 days.
type PerfectStat struct {
	Streak int `json:"streak"`
	Days28 int `json:"days_28d"`
}

// Window is how far back Load reads one-off tasks: the heat-map's 52 weeks
// and a little more.
const Window = HeatWeeks*7 + 14

// Load reads the history the report needs and computes it. It reads the
// one-off tasks of the last Window days only: the streaks need check-ins,
// reflections and habits, which every history holds whole.
func Load(st *store.Store, today domain.Date, lang content.Lang) (Report, store.History, error) {
	h, err := st.History(today - Window)
	if err != nil {
		return Report{}, h, err
	}
	return Compute(h, today, lang), h, nil
}

// TaskStat is one active habit.
type TaskStat struct {
	ID         uint64  `json:"id"`
	Title      string  `json:"title"`
	Competency string  `json:"competency"`
	Repeat     string  `json:"repeat"`
	Streak     int     `json:"streak"`
	BestStreak int     `json:"best_streak"`
	Strength   float64 `json:"strength"`
	New        bool    `json:"new"`      // younger than two weeks: the strength says nothing yet
	Done28     int     `json:"done_28d"` // check-ins kept on its schedule, at most Due28
	Due28      int     `json:"due_28d"`
	Extra28    int     `json:"extra_28d"` // check-ins beyond the schedule, apart from Done28
}

// CompStat is one competency over the last 28 days.
type CompStat struct {
	ID         string  `json:"id"`
	Strength   float64 `json:"strength"` // over its habits that are not new
	New        bool    `json:"new"`      // all its habits are new
	CheckIns28 int     `json:"checkins_28d"`
	Minutes28  int     `json:"minutes_28d"`
	HasGoal    bool    `json:"has_goal"`
}

// RatingMeans is e = (1/n)·Σ rᵢ over three spans; nil where no ratings.
type RatingMeans struct {
	D7   *float64 `json:"7d"`
	D30  *float64 `json:"30d"`
	D365 *float64 `json:"365d"`
}

// Suggestion is one ranked piece of advice, in words.
type Suggestion struct {
	Kind       string `json:"kind"`
	Competency string `json:"competency,omitempty"`
	Text       string `json:"text"`
	// Task is the title of a task the advice proposes, for the app to
	// offer as a new task; empty when it proposes none.
	Task string `json:"task,omitempty"`
	// TaskID is the user's own task the advice names; then Task is empty.
	TaskID uint64 `json:"task_id,omitempty"`
}

// Day is one cell of the completion calendar.
type Day struct {
	Date domain.Date
	domain.DayTally
}

// Compute builds the report for today from a history, in the words of lang.
func Compute(h store.History, today domain.Date, lang content.Lang) Report {
	r := Report{Date: today.String(), today: today, explain: map[uint64]domain.Strength{}}
	done := map[uint64][]domain.Date{}
	minutes := map[uint64]map[domain.Date]int{}
	for _, c := range h.CheckIns { // sorted by date, so each list is sorted
		done[c.TaskID] = append(done[c.TaskID], c.Date)
		if c.Date > today-domain.Window && c.Date <= today { // the 28 days ending today
			if minutes[c.TaskID] == nil {
				minutes[c.TaskID] = map[domain.Date]int{}
			}
			minutes[c.TaskID][c.Date] = c.Minutes
		}
	}
	r.DayStreak = domain.ShowUpStreak(h.Tasks, done, domain.ShownDays(h.CheckIns, h.Ratings, today), today)
	p := domain.PerfectDays(h.Tasks, done, today)
	r.PerfectDays = PerfectStat{Streak: p.Streak, Days28: p.Days28}
	comp := map[string]*CompStat{}
	for _, id := range domain.Competencies {
		comp[id] = &CompStat{ID: id}
	}
	for _, t := range h.Tasks {
		c := comp[t.Competency]
		for _, m := range minutes[t.ID] {
			c.CheckIns28++
			c.Minutes28 += m
		}
		if t.Archived || !t.Schedule().Recurring() {
			continue
		}
		s := domain.TaskStreak(t, done[t.ID], today)
		st := domain.TaskStrength(t, done[t.ID], today)
		r.explain[t.ID] = st
		kept, due := domain.HabitKept(t, done[t.ID], today)
		r.Tasks = append(r.Tasks, TaskStat{
			ID: t.ID, Title: t.Title, Competency: t.Competency, Repeat: t.Repeat,
			Streak: s.Current, BestStreak: s.Best, Strength: round3(st.Score), New: st.New(),
			Done28: kept, Due28: due, Extra28: max(len(minutes[t.ID])-kept, 0),
		})
	}
	sort.SliceStable(r.Tasks, func(i, j int) bool {
		return domain.CompetencyIndex(r.Tasks[i].Competency) < domain.CompetencyIndex(r.Tasks[j].Competency)
	})
	for _, g := range h.Goals {
		if g.Status == domain.StatusActive {
			comp[g.Competency].HasGoal = true
		}
	}
	strength, young := competencyStrength(h.Tasks, func(t domain.Task) domain.Strength { return r.explain[t.ID] })
	for _, id := range domain.Competencies {
		c := comp[id]
		c.Strength, c.New = strength[id], young[id]
		r.Competencies = append(r.Competencies, *c)
	}
	r.RatingMean = ratingMeans(h.Ratings, today)
	r.heat(h.Tasks, done)
	r.Suggestions = advise(adviceIn{goals: h.Goals, tasks: h.Tasks, done: done, reviewed: h.ReviewWeeks,
		focus: h.Focus, first: firstDay(h.CheckIns), known: r.explain}, today, lang)
	return r
}

// firstDay is the day of the first of check-ins sorted by date; 0 when none.
func firstDay(cs []domain.CheckIn) domain.Date {
	if len(cs) == 0 {
		return 0
	}
	return cs[0].Date
}

// Advice is the coach's ranked advice from the habits alone: the same
// suggestions as a full report, at a fraction of the reading.
func Advice(h store.Habits, today domain.Date, lang content.Lang) []Suggestion {
	first := h.First // the store's; a Habits made by hand may lack it
	for _, days := range h.Done {
		if len(days) > 0 && (first == 0 || days[0] < first) {
			first = days[0]
		}
	}
	return advise(adviceIn{goals: h.Goals, tasks: append(append([]domain.Task{}, h.Tasks...), h.OneOffs...), done: h.Done,
		reviewed: h.ReviewWeeks, focus: h.Focus, first: first}, today, lang)
}

// competencyStrength is each competency's mean strength over its active
// habits that are not new, of gives a habit's; a competency without one is
// left out (it reads as 0). young holds the competencies whose habits are
// all new: their strength says nothing yet.
func competencyStrength(tasks []domain.Task, of func(domain.Task) domain.Strength) (strength map[string]float64, young map[string]bool) {
	sums, counts := map[string]float64{}, map[string]int{}
	young = map[string]bool{}
	for _, t := range tasks {
		if t.Archived || !t.Schedule().Recurring() {
			continue
		}
		s := of(t)
		if s.New() {
			young[t.Competency] = counts[t.Competency] == 0
			continue
		}
		delete(young, t.Competency)
		sums[t.Competency] += s.Score
		counts[t.Competency]++
	}
	strength = map[string]float64{}
	for id, n := range counts {
		strength[id] = round3(sums[id] / float64(n))
	}
	return strength, young
}

// Explain returns what a habit's strength was computed from.
func (r Report) Explain(id uint64) (domain.Strength, bool) {
	s, ok := r.explain[id]
	return s, ok
}

func ratingMeans(ratings map[domain.Date]int, today domain.Date) RatingMeans {
	mean := func(days int) *float64 {
		m, ok := domain.MeanRating(ratings, today, days)
		if !ok {
			return nil
		}
		m = round3(m)
		return &m
	}
	return RatingMeans{D7: mean(7), D30: mean(30), D365: mean(365)}
}

// heat fills the calendar of the last 52 weeks (from a Monday) and the
// completion of the last 30 days.
func (r *Report) heat(tasks []domain.Task, done map[uint64][]domain.Date) {
	from := (r.today - HeatWeeks*7 + 7).Monday()
	tally := domain.Tally(tasks, done, from, r.today)
	for d := from; d <= r.today; d++ {
		r.Heat = append(r.Heat, Day{Date: d, DayTally: tally[d]})
	}
	for d := r.today - 29; d <= r.today; d++ {
		t := tally[d]
		v := 0.0
		if t.Due > 0 {
			v = math.Min(1, float64(t.Done)/float64(t.Due))
		}
		r.Last30 = append(r.Last30, v)
	}
}

func round3(v float64) float64 { return math.Round(v*1000) / 1000 }
