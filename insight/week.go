package insight

import (
	"coach/domain"
	"coach/store"
)

// WeekFigures is what the weekly review shows beside its prompts.
type WeekFigures struct {
	Week      string
	From, To  domain.Date // Monday, and Sunday or today if earlier
	Comps     []WeekComp
	Rating    *float64 // mean rating of the week's reflections
	DayStreak int      // the day streak at the end of the week
}

// WeekComp is one competency over the week.
type WeekComp struct {
	ID              string
	Done, Due, Mins int
}

// Week computes the figures of the ISO week that starts on monday.
func Week(h store.History, monday, today domain.Date) WeekFigures {
	end := min(monday+6, today)
	f := WeekFigures{Week: monday.Week(), From: monday, To: end}
	done := map[uint64][]domain.Date{}
	mins := map[uint64]int{}
	for _, c := range h.CheckIns {
		if c.Date > end {
			break // sorted by date
		}
		done[c.TaskID] = append(done[c.TaskID], c.Date)
		if c.Date >= monday {
			mins[c.TaskID] += c.Minutes
		}
	}
	byComp := map[string][]domain.Task{}
	for _, t := range h.Tasks {
		byComp[t.Competency] = append(byComp[t.Competency], t)
	}
	for _, id := range domain.Competencies {
		wc := WeekComp{ID: id}
		for _, day := range domain.Tally(byComp[id], done, monday, end) {
			wc.Done += day.Done
			wc.Due += day.Due
		}
		for _, t := range byComp[id] {
			wc.Mins += mins[t.ID]
		}
		f.Comps = append(f.Comps, wc)
	}
	sum, n := 0, 0
	for d := monday; d <= end; d++ {
		if r, ok := h.Ratings[d]; ok {
			sum += r
			n++
		}
	}
	if n > 0 {
		m := round3(float64(sum) / float64(n))
		f.Rating = &m
	}
	if end >= monday {
		f.DayStreak = domain.DayStreak(h.Tasks, done, end)
	}
	return f
}
