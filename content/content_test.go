package content

import (
	"io/fs"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// competencyIDs are the six stable competency ids.
var competencyIDs = []string{"depth", "breadth", "learning", "problem-solving", "collaboration", "innovation"}

func isCompetency(id string) bool { return slices.Contains(competencyIDs, id) }

// loaded returns the parsed embedded content and fails the test if any
// file could not be parsed.
func loaded(t testing.TB) *library {
	t.Helper()
	l := lib()
	if loadErr != nil {
		t.Fatalf("embedded content has errors:\n%v", loadErr)
	}
	return l
}

func TestEmbeddedContentParses(t *testing.T) {
	loaded(t)
}

func TestBothLanguagesHaveTheSameDocuments(t *testing.T) {
	l := loaded(t)
	diff := func(kind string, en, zh []string) {
		t.Helper()
		for _, id := range en {
			if !slices.Contains(zh, id) {
				t.Errorf("%s %q exists in en but not in zh", kind, id)
			}
		}
		for _, id := range zh {
			if !slices.Contains(en, id) {
				t.Errorf("%s %q exists in zh but not in en", kind, id)
			}
		}
	}
	diff("guide section", slices.Sorted(maps.Keys(l.ownSections[EN])), slices.Sorted(maps.Keys(l.ownSections[ZH])))
	diff("FAQ", slices.Sorted(maps.Keys(l.ownFAQs[EN])), slices.Sorted(maps.Keys(l.ownFAQs[ZH])))
	for _, lang := range Langs() {
		for _, s := range Sections(lang) {
			if s.Lang != lang {
				t.Errorf("%s: section %q falls back to %s", lang, s.ID, s.Lang)
			}
		}
		for _, f := range FAQs(lang) {
			if f.Lang != lang {
				t.Errorf("%s: FAQ %q falls back to %s", lang, f.ID, f.Lang)
			}
		}
	}
}

func TestSectionsAreComplete(t *testing.T) {
	l := loaded(t)
	for _, lang := range Langs() {
		orders := map[int]string{}
		for _, s := range Sections(lang) {
			where := string(lang) + "/" + s.ID
			if strings.TrimSpace(s.Title) == "" || strings.TrimSpace(s.Body) == "" {
				t.Errorf("%s: empty title or body", where)
			}
			if first, _, _ := strings.Cut(s.Body, "\n"); first != "# "+s.Title {
				t.Errorf("%s: body should start with %q, starts with %q", where, "# "+s.Title, first)
			}
			for _, c := range s.Competencies {
				if !isCompetency(c) {
					t.Errorf("%s: unknown competency %q", where, c)
				}
			}
			if other, dup := orders[s.Order]; dup {
				t.Errorf("%s: order %d already used by %q", where, s.Order, other)
			}
			orders[s.Order] = s.ID
			if en, ok := l.ownSections[EN][s.ID]; ok && en.Order != s.Order {
				t.Errorf("%s: order %d, but %d in en", where, s.Order, en.Order)
			}
		}
	}
}

func TestFAQsAreComplete(t *testing.T) {
	l := loaded(t)
	for _, lang := range Langs() {
		orders := map[int]string{}
		for _, f := range FAQs(lang) {
			where := string(lang) + "/faq/" + f.ID
			if strings.TrimSpace(f.Question) == "" || strings.TrimSpace(f.Answer) == "" {
				t.Errorf("%s: empty question or answer", where)
			}
			if strings.HasPrefix(f.Answer, "# ") {
				t.Errorf("%s: the answer must not repeat the question as a heading", where)
			}
			if _, ok := l.ownSections[lang][f.Related]; !ok {
				t.Errorf("%s: related section %q does not exist", where, f.Related)
			}
			for _, c := range f.Competencies {
				if !isCompetency(c) {
					t.Errorf("%s: unknown competency %q", where, c)
				}
			}
			if other, dup := orders[f.Order]; dup {
				t.Errorf("%s: order %d already used by %q", where, f.Order, other)
			}
			orders[f.Order] = f.ID
			if en, ok := l.ownFAQs[EN][f.ID]; ok && en.Order != f.Order {
				t.Errorf("%s: order %d, but %d in en", where, f.Order, en.Order)
			}
		}
	}
}

func TestRequiredDocumentsExist(t *testing.T) {
	l := loaded(t)
	guide := []string{"background", "competencies", "depth", "breadth", "learning", "problem-solving",
		"collaboration", "innovation", "methods", "method-learning", "method-problem-solving",
		"method-collaboration", "method-innovation", "models", "cases", "practice", "scenarios",
		"resources", "summary", "challenges", "daily-practice"}
	faq := []string{"grow-depth", "grow-breadth", "learn-fast", "solve-problems", "communicate",
		"innovate", "missed-day", "too-many-goals", "depth-or-breadth", "strength-score",
		"weekly-review", "export-backup"}
	for _, lang := range Langs() {
		for _, id := range guide {
			if _, ok := l.ownSections[lang][id]; !ok {
				t.Errorf("%s: guide section %q is missing", lang, id)
			}
		}
		for _, id := range faq {
			if _, ok := l.ownFAQs[lang][id]; !ok {
				t.Errorf("%s: FAQ %q is missing", lang, id)
			}
		}
		if n := len(l.ownFAQs[lang]); n < 12 {
			t.Errorf("%s: %d FAQ entries, want at least 12", lang, n)
		}
	}
}

// validRepeat accepts the schedules of the product brief: once, daily,
// weekdays, a list of weekday names, or N/week.
func validRepeat(s string) bool {
	switch s {
	case "once", "daily", "weekdays":
		return true
	}
	if n, ok := strings.CutSuffix(s, "/week"); ok {
		v, err := strconv.Atoi(n)
		return err == nil && v >= 1 && v <= 7 && strconv.Itoa(v) == n
	}
	seen := map[string]bool{}
	for _, d := range strings.Split(s, ",") {
		if !slices.Contains([]string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}, d) || seen[d] {
			return false
		}
		seen[d] = true
	}
	return true
}

func TestValidRepeat(t *testing.T) {
	for _, s := range []string{"once", "daily", "weekdays", "mon", "mon,wed,fri", "1/week", "7/week"} {
		if !validRepeat(s) {
			t.Errorf("validRepeat(%q) = false", s)
		}
	}
	for _, s := range []string{"", "weekly", "0/week", "8/week", "03/week", "mon,,fri", "mon, wed", "Mon", "mon,mon"} {
		if validRepeat(s) {
			t.Errorf("validRepeat(%q) = true", s)
		}
	}
}

func TestCoachData(t *testing.T) {
	l := loaded(t)
	keys := map[Lang][2][]string{}
	for _, lang := range Langs() {
		c := l.ownCoach[lang]
		if c == nil {
			t.Errorf("coach/%s.json is missing", lang)
			continue
		}
		where := "coach/" + string(lang) + ".json"
		var ids []string
		for _, comp := range c.Competencies {
			ids = append(ids, comp.ID)
			if comp.Name == "" || comp.Summary == "" {
				t.Errorf("%s: competency %q has an empty name or summary", where, comp.ID)
			}
		}
		if !slices.Equal(slices.Sorted(slices.Values(ids)), slices.Sorted(slices.Values(competencyIDs))) {
			t.Errorf("%s: competencies %v, want exactly %v", where, ids, competencyIDs)
		}
		goals := map[string]StarterGoal{}
		goalsPer := map[string]int{}
		var goalKeys, taskKeys []string
		for _, g := range c.Goals {
			if _, dup := goals[g.Key]; dup || g.Key == "" {
				t.Errorf("%s: goal key %q is empty or repeated", where, g.Key)
			}
			goals[g.Key] = g
			goalKeys = append(goalKeys, g.Key)
			goalsPer[g.Competency]++
			if !isCompetency(g.Competency) || g.Title == "" || g.Why == "" {
				t.Errorf("%s: goal %q: bad competency %q or empty title/why", where, g.Key, g.Competency)
			}
		}
		tasksPer := map[string]int{}
		seenTask := map[string]bool{}
		for _, k := range c.Tasks {
			if seenTask[k.Key] || k.Key == "" {
				t.Errorf("%s: task key %q is empty or repeated", where, k.Key)
			}
			seenTask[k.Key] = true
			taskKeys = append(taskKeys, k.Key)
			tasksPer[k.Competency]++
			if !isCompetency(k.Competency) || k.Title == "" {
				t.Errorf("%s: task %q: bad competency %q or empty title", where, k.Key, k.Competency)
			}
			if !validRepeat(k.Repeat) {
				t.Errorf("%s: task %q: invalid repeat %q", where, k.Key, k.Repeat)
			}
			if k.Minutes <= 0 {
				t.Errorf("%s: task %q: minutes %d, want > 0", where, k.Key, k.Minutes)
			}
			if k.Goal != "" {
				g, ok := goals[k.Goal]
				switch {
				case !ok:
					t.Errorf("%s: task %q: goal %q does not exist", where, k.Key, k.Goal)
				case g.Competency != k.Competency:
					t.Errorf("%s: task %q: competency %q differs from its goal's %q", where, k.Key, k.Competency, g.Competency)
				}
			}
		}
		for _, id := range competencyIDs {
			if _, ok := l.ownSections[lang][id]; !ok {
				t.Errorf("%s: no guide section for competency %q", lang, id)
			}
			if goalsPer[id] < 3 {
				t.Errorf("%s: %d starter goals for %q, want at least 3", where, goalsPer[id], id)
			}
			if tasksPer[id] < 6 {
				t.Errorf("%s: %d starter tasks for %q, want at least 6", where, tasksPer[id], id)
			}
		}
		for name, p := range map[string]string{
			"reflection.learned": c.Reflection.Learned, "reflection.solved": c.Reflection.Solved,
			"reflection.collaborated": c.Reflection.Collaborated, "reflection.idea": c.Reflection.Idea,
			"reflection.next": c.Reflection.Next, "review.went_well": c.Review.WentWell,
			"review.adjust": c.Review.Adjust, "review.focus": c.Review.Focus, "review.notes": c.Review.Notes,
			"welcome": c.Welcome,
		} {
			if strings.TrimSpace(p) == "" {
				t.Errorf("%s: %s is empty", where, name)
			}
		}
		if len(c.Tips) < 30 {
			t.Errorf("%s: %d tips, want at least 30", where, len(c.Tips))
		}
		for i, tip := range c.Tips {
			if !isCompetency(tip.Competency) || strings.TrimSpace(tip.Text) == "" {
				t.Errorf("%s: tip %d: bad competency %q or empty text", where, i, tip.Competency)
			}
		}
		keys[lang] = [2][]string{goalKeys, taskKeys}
	}
	if !slices.Equal(keys[EN][0], keys[ZH][0]) {
		t.Errorf("goal keys differ:\n en %v\n zh %v", keys[EN][0], keys[ZH][0])
	}
	if !slices.Equal(keys[EN][1], keys[ZH][1]) {
		t.Errorf("task keys differ:\n en %v\n zh %v", keys[EN][1], keys[ZH][1])
	}
	// Only the words are translated: the zh file repeats the schedule
	// fields, and they must agree (CoachData takes them from en).
	en, zh := l.ownCoach[EN], l.ownCoach[ZH]
	if en == nil || zh == nil {
		return
	}
	for _, z := range zh.Tasks {
		if e, ok := findFirst(en.Tasks, func(x StarterTask) bool { return x.Key == z.Key }); ok &&
			(e.Competency != z.Competency || e.Goal != z.Goal || e.Repeat != z.Repeat || e.Minutes != z.Minutes) {
			t.Errorf("task %q: en %+v and zh %+v differ in more than the title", z.Key, e, z)
		}
	}
	for _, z := range zh.Goals {
		if e, ok := findFirst(en.Goals, func(x StarterGoal) bool { return x.Key == z.Key }); ok && e.Competency != z.Competency {
			t.Errorf("goal %q: competency %q in en, %q in zh", z.Key, e.Competency, z.Competency)
		}
	}
}

func TestCompetencyName(t *testing.T) {
	loaded(t)
	for _, lang := range Langs() {
		for _, id := range competencyIDs {
			if name := CompetencyName(lang, id); name == "" || name == id {
				t.Errorf("CompetencyName(%s, %q) = %q", lang, id, name)
			}
		}
		if got := CompetencyName(lang, "juggling"); got != "juggling" {
			t.Errorf("CompetencyName(%s, unknown) = %q, want the id", lang, got)
		}
	}
	if CompetencyName(EN, "depth") == CompetencyName(ZH, "depth") {
		t.Errorf("depth has the same name in en and zh: %q", CompetencyName(EN, "depth"))
	}
}

func TestNoLaTeX(t *testing.T) {
	loaded(t)
	latex := regexp.MustCompile(`\\(frac|sum|sqrt|cdot|times|alpha|beta|Delta|partial|int)\b|\$\$|\\\(|\\\)`)
	eachFile(t, func(name, text string) {
		for i, line := range strings.Split(text, "\n") {
			if m := latex.FindString(line); m != "" {
				t.Errorf("%s:%d: raw LaTeX %q", name, i+1, m)
			}
		}
	})
}

// eachFile calls f with every embedded file.
func eachFile(t *testing.T, f func(name, text string)) {
	t.Helper()
	err := fs.WalkDir(files, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(files, name)
		if err != nil {
			return err
		}
		f(name, string(data))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
