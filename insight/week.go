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
	DayStreak int      // the day streak (days shown up) at the end of the week
	Perfect   int      // perfect days in the week
}

// WeekComp is one competency over the week: Done of Due (each one-off
// once, habits by their schedule) and the Extra check-ins beyond that.
type WeekComp struct {
	ID                     string
	Done, Due, Extra, Mins int
}

// Week computes the figures of the ISO week that starts on monday. They
// are whole (ok) when h holds the one-off tasks of that week: a history
// read from h.From does not for a week before h.From.
func Week(h store.History, monday, today domain.Date) (f WeekFigures, ok bool) {
	end := min(monday+6, today)
	f = WeekFigures{Week: monday.Week(), From: monday, To: end}
	ok = monday >= h.From
	done := map[uint64][]domain.Date{}
	mins := map[uint64]int{}
	for _, c := range h.CheckIns {
		if c.Date > today {
			break // sorted by date
		}
		// Later check-ins too: a one-off done after the week was not
		// open in it, it counts in the week it was done.
		done[c.TaskID] = append(done[c.TaskID], c.Date)
		if c.Date >= monday && c.Date <= end {
			mins[c.TaskID] += c.Minutes
		}
	}
	tallyTo := today
	if end == monday+6 {
		tallyTo = max(today, end+1)
	}
	byComp := map[string][]domain.Task{}
	for _, t := range h.Tasks {
		byComp[t.Competency] = append(byComp[t.Competency], t)
	}
	for _, id := range domain.Competencies {
		wc := WeekComp{ID: id}
		// An N/week habit's missing check-ins count on the week's Sunday
		// once the week is judged: past, or on that Sunday, the day of the
		// review (a check-in made later that day still counts). Midweek
		// the week can still be made, and nothing is missing yet.
		for d, day := range domain.Tally(byComp[id], done, monday, tallyTo) {
			if d > end {
				continue
			}
			wc.Done += day.Done
			wc.Due += day.Due
			wc.Extra += day.Extra
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
		f.DayStreak = domain.ShowUpStreak(h.Tasks, done, domain.ShownDays(h.CheckIns, h.Ratings, end), end)
		f.Perfect = domain.CountPerfect(h.Tasks, done, monday, end)
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
