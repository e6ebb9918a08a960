package tui

import (
	"strings"
	"testing"

	"coach/content"
	"coach/domain"
)

// A reflection imported from jrnl has no rating: the past list and the day
// show it as not rated, in both languages, never as "0/5".
func TestUnratedReflectionShowsAsNotRated(t *testing.T) {
	for _, lang := range content.Langs() {
		c, _ := newTestCommon(t, 80, 24)
		c.sh.lang, c.sh.ui = lang, content.Strings(lang)
		rfPut(t, c.sh,
			domain.Reflection{Date: testDay - 1, Learned: "Imported from jrnl", Rating: domain.Unrated},
			domain.Reflection{Date: testDay - 2, Learned: "Rated here", Rating: 3})
		p := newPastModel(c)
		p.resized()
		p.Update(p.load()())
		notRated := c.sh.ui.Reflect.NoRating
		rfOrder(t, viewText(p), "2026-11-27  "+notRated+"  Imported", "2026-11-26  3/5  Rated")
		if strings.Contains(viewText(p), "0/5") {
			t.Errorf("%s: an unrated day shows 0/5:\n%s", lang, viewText(p))
		}
		p.Update(keyMsg("enter"))
		if v := viewText(p); !strings.Contains(v, notRated) || strings.Contains(v, "0/5") {
			t.Errorf("%s: the opened day:\n%s", lang, v)
		}
	}
}

// Editing an unrated reflection keeps it unrated when no rating is given;
// a new one still needs a rating.
func TestUnratedReflectionSavesWithoutARating(t *testing.T) {
	sh, s := newTestReflect(t, content.EN, 80, 30)
	rfPut(t, sh, domain.Reflection{Date: testDay, Learned: "from jrnl", Rating: domain.Unrated})
	s = rfRun(t, s, s.Init())
	s = rfPress(t, s, "e")
	if s.form == nil {
		t.Fatal("e did not open the form")
	}
	s = rfType(t, s, ", and more")
	s = rfPress(t, s, "ctrl+s")
	r, found, err := sh.store.Reflection(testDay)
	if err != nil || !found || r.Learned != "from jrnl, and more" || r.Rating != domain.Unrated {
		t.Fatalf("after saving: %+v %v %v (form error %q)", r, found, err, formErr(s))
	}

	sh, s = newTestReflect(t, content.EN, 80, 30)
	s = rfPress(t, s, "e")
	s = rfType(t, s, "a new day")
	s = rfPress(t, s, "ctrl+s")
	if _, found, _ := sh.store.Reflection(testDay); found || s.form == nil || s.form.err != sh.ui.Reflect.NeedRating {
		t.Errorf("a new reflection without a rating: stored %v, form error %q", found, formErr(s))
	}
}

func formErr(s *reflectScreen) string {
	if s.form == nil {
		return ""
	}
	return s.form.err
}
