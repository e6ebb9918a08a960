package demo

// phrasebook holds the sentence fragments of one language. Templates name
// slots in braces: {pkg}, {concept}, {person}… are drawn from vocab; {pr},
// {n}, {lc}, {ch}, {pct} are numbers; {task} is a task done that day and
// {todo} one left open; {best}, {weak}, {hp}, {hd}, {hs}, {od}, {min} are the
// week's figures in a review.
type phrasebook struct {
	sep   string  // between sentences
	words float64 // length units per word: 1 per word in English, 2 characters a "word" in Chinese
	vocab map[string][]string

	once [6][]string // one-off task titles, by competency index
	tags [6][]string // reflection tags, by competency index
	mood struct{ good, bad []string }

	learned, solved, collaborated, idea, next []string
	rest, restNext                            []string // holiday reflections

	wentWell, wentWellExtra, roughWeek, adjust, keepPlan, notes []string
	checkNotes, taskNotes                                       []string
}
