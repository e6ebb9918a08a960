package content

import (
	"bytes"
	"coach/domain"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
)

// Competency is one of the six competencies coach tracks.
type Competency struct{ ID, Name, Summary string }

// StarterGoal is a goal offered on first start.
type StarterGoal struct {
	Key, Competency, Title, Why string
	Resources                   []string
}

// StarterTask is a task offered on first start. Goal is the key of the
// starter goal it belongs to, or empty.
type StarterTask struct {
	Key, Competency, Goal, Title, Repeat string
	Minutes                              int
}

// Tip is a one-line coaching suggestion for a competency.
type Tip struct{ Competency, Text string }

// ReflectionPrompts are the questions of the daily reflection.
type ReflectionPrompts struct{ Learned, Solved, Collaborated, Idea, Next string }

// ReviewPrompts are the questions of the weekly review.
type ReviewPrompts struct{ WentWell, Adjust, Focus, Notes string }

// Coach is the coaching data of one language.
type Coach struct {
	Competencies []Competency
	Goals        []StarterGoal
	Tasks        []StarterTask
	Reflection   ReflectionPrompts
	Review       ReviewPrompts
	Tips         []Tip
	Welcome      string
}

// coachFile mirrors content/coach/<lang>.json.
type coachFile struct {
	Competencies []struct {
		ID      string `json:"id"`
		Name    string `json:"name"`
		Summary string `json:"summary"`
	} `json:"competencies"`
	Goals []struct {
		Key        string   `json:"key"`
		Competency string   `json:"competency"`
		Title      string   `json:"title"`
		Why        string   `json:"why"`
		Resources  []string `json:"resources"`
	} `json:"goals"`
	Tasks []struct {
		Key        string `json:"key"`
		Competency string `json:"competency"`
		Goal       string `json:"goal"`
		Title      string `json:"title"`
		Repeat     string `json:"repeat"`
		Minutes    int    `json:"minutes"`
	} `json:"tasks"`
	Reflection struct {
		Learned      string `json:"learned"`
		Solved       string `json:"solved"`
		Collaborated string `json:"collaborated"`
		Idea         string `json:"idea"`
		Next         string `json:"next"`
	} `json:"reflection"`
	Review struct {
		WentWell string `json:"went_well"`
		Adjust   string `json:"adjust"`
		Focus    string `json:"focus"`
		Notes    string `json:"notes"`
	} `json:"review"`
	Tips []struct {
		Competency string `json:"competency"`
		Text       string `json:"text"`
	} `json:"tips"`
	Welcome string `json:"welcome"`
}

// parseCoach decodes one coach file; unknown fields are an error so that
// a misspelt key does not silently fall back to English.
func parseCoach(data []byte) (*Coach, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f coachFile
	if err := dec.Decode(&f); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, errors.New("trailing data after the JSON object")
	}
	c := &Coach{
		Reflection: ReflectionPrompts(f.Reflection),
		Review:     ReviewPrompts(f.Review),
		Welcome:    f.Welcome,
	}
	for _, x := range f.Competencies {
		c.Competencies = append(c.Competencies, Competency(x))
	}
	for _, x := range f.Goals {
		c.Goals = append(c.Goals, StarterGoal(x))
	}
	for _, x := range f.Tasks {
		c.Tasks = append(c.Tasks, StarterTask(x))
	}
	for _, x := range f.Tips {
		c.Tips = append(c.Tips, Tip(x))
	}
	return c, nil
}

// loadCoachFiles reads coach/<lang>.json for every supported language; a
// missing file is not an error (that language falls back to English).
func loadCoachFiles(fsys fs.FS) (map[Lang]*Coach, error) {
	out := map[Lang]*Coach{}
	var errs []error
	entries, err := fs.ReadDir(fsys, "coach")
	if err != nil {
		return out, fmt.Errorf("content: %w", err)
	}
	for _, e := range entries {
		file := path.Join("coach", e.Name())
		name, ok := strings.CutSuffix(e.Name(), ".json")
		lang, err := ParseLang(name)
		if e.IsDir() || !ok || err != nil || string(lang) != name {
			errs = append(errs, fmt.Errorf("content: %s: want coach/<lang>.json", file))
			continue
		}
		data, err := fs.ReadFile(fsys, file)
		if err != nil {
			errs = append(errs, fmt.Errorf("content: %w", err))
			continue
		}
		c, err := parseCoach(data)
		if err != nil {
			errs = append(errs, fmt.Errorf("content: %s: %w", file, err))
			continue
		}
		out[lang] = c
	}
	if out[EN] == nil {
		errs = append(errs, errors.New("content: coach/en.json is missing"))
	}
	return out, errors.Join(errs...)
}

// orEN returns v, or the English fallback when v is empty.
func orEN(v, fallback string) string {
	if v == "" {
		return fallback
	}
	return v
}

// mergeCoach builds the data of one language: every competency, goal and
// task of English in English order, with the translated text where the
// language has it and the English text for each field it lacks. Lists
// without a key (tips) fall back as a whole.
func mergeCoach(en, tr *Coach) Coach {
	if en == nil {
		en = &Coach{}
	}
	if tr == nil || tr == en {
		return cloneCoach(*en)
	}
	out := Coach{
		Reflection: ReflectionPrompts{
			Learned:      orEN(tr.Reflection.Learned, en.Reflection.Learned),
			Solved:       orEN(tr.Reflection.Solved, en.Reflection.Solved),
			Collaborated: orEN(tr.Reflection.Collaborated, en.Reflection.Collaborated),
			Idea:         orEN(tr.Reflection.Idea, en.Reflection.Idea),
			Next:         orEN(tr.Reflection.Next, en.Reflection.Next),
		},
		Review: ReviewPrompts{
			WentWell: orEN(tr.Review.WentWell, en.Review.WentWell),
			Adjust:   orEN(tr.Review.Adjust, en.Review.Adjust),
			Focus:    orEN(tr.Review.Focus, en.Review.Focus),
			Notes:    orEN(tr.Review.Notes, en.Review.Notes),
		},
		Welcome: orEN(tr.Welcome, en.Welcome),
		Tips:    slices.Clone(tr.Tips),
	}
	if len(out.Tips) == 0 {
		out.Tips = slices.Clone(en.Tips)
	}
	for _, c := range en.Competencies {
		if t, ok := findFirst(tr.Competencies, func(x Competency) bool { return x.ID == c.ID }); ok {
			c.Name, c.Summary = orEN(t.Name, c.Name), orEN(t.Summary, c.Summary)
		}
		out.Competencies = append(out.Competencies, c)
	}
	for _, g := range en.Goals {
		if t, ok := findFirst(tr.Goals, func(x StarterGoal) bool { return x.Key == g.Key }); ok {
			g.Title, g.Why = orEN(t.Title, g.Title), orEN(t.Why, g.Why)
			if len(t.Resources) > 0 {
				g.Resources = t.Resources
			}
		}
		g.Resources = slices.Clone(g.Resources)
		out.Goals = append(out.Goals, g)
	}
	for _, k := range en.Tasks {
		if t, ok := findFirst(tr.Tasks, func(x StarterTask) bool { return x.Key == k.Key }); ok {
			k.Title = orEN(t.Title, k.Title)
		}
		out.Tasks = append(out.Tasks, k)
	}
	return out
}

func findFirst[T any](list []T, match func(T) bool) (T, bool) {
	if i := slices.IndexFunc(list, match); i >= 0 {
		return list[i], true
	}
	var zero T
	return zero, false
}

// cloneCoach copies c so that callers cannot modify the cached data.
func cloneCoach(c Coach) Coach {
	c.Competencies = slices.Clone(c.Competencies)
	c.Goals = slices.Clone(c.Goals)
	for i := range c.Goals {
		c.Goals[i].Resources = slices.Clone(c.Goals[i].Resources)
	}
	c.Tasks = slices.Clone(c.Tasks)
	c.Tips = slices.Clone(c.Tips)
	return c
}

// CoachData returns the coaching data in language l; anything the
// language lacks (the whole file or single fields) comes from English.
func CoachData(l Lang) Coach {
	return cloneCoach(coaches()[l.known()])
}

// coaches parses only the coach files, on first use: the advice on Today's
// first frame needs them, and not the guide's seventy documents.
var coaches = sync.OnceValue(func() map[Lang]Coach {
	own, _ := loadCoachFiles(files) // lib() reports the same errors; a test asserts none
	out := map[Lang]Coach{}
	for _, l := range Langs() {
		out[l] = mergeCoach(own[EN], own[l])
	}
	return out
})

// CompetencyNames are the six names in domain.Competencies' order.
func CompetencyNames(l Lang) []string {
	names := make([]string, len(domain.Competencies))
	for i, id := range domain.Competencies {
		names[i] = CompetencyName(l, id)
	}
	return names
}

// CompetencyName returns the display name of a competency in language l,
// or the id itself when it is unknown.
func CompetencyName(l Lang, id string) string {
	for _, c := range coaches()[l.known()].Competencies {
		if c.ID == id {
			return orEN(c.Name, id)
		}
	}
	return id
}
