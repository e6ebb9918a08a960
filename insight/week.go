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

// Week computes the figures of the ISO week that starts on monday. They
// are whole (ok) when h holds the one-off tasks of that week and of the
// day streak before it: a history read from h.From does not for a week
// before h.From, nor for a streak that runs back to it.
func Week(h store.History, monday, today domain.Date) (f WeekFigures, ok bool) {
	end := min(monday+6, today)
	f = WeekFigures{Week: monday.Week(), From: monday, To: end}
	ok = monday >= h.From
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
	if m, ok := domain.MeanRating(h.Ratings, end, int(end-monday)+1); ok {
		m = round3(m)
		f.Rating = &m
	}
	if end >= monday {
		var atFrom bool
		f.DayStreak, atFrom = domain.DayStreakFrom(h.Tasks, done, h.From, end)
		ok = ok && !(atFrom && h.From > 1)
	}
	return f, ok
}

// LoadWeek is Week, reading the whole history first when h is too short
// for the week; it returns the history it used.
func LoadWeek(st *store.Store, h store.History, monday, today domain.Date) (WeekFigures, store.History, error) {
	if f, ok := Week(h, monday, today); ok {
		return f, h, nil
	}
	full, err := st.History(1)
	if err != nil {
		return WeekFigures{}, h, err
	}
	f, _ := Week(full, monday, today)
	return f, full, nil
}
