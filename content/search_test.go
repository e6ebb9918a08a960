package content

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// checkHits asserts what every result list must satisfy: title hits
// first, scores not increasing, snippets short and on one line.
func checkHits(t *testing.T, query string, hits []Hit) {
	t.Helper()
	words := strings.Fields(strings.ToLower(query))
	sawBodyOnly := false
	for i, h := range hits {
		titleHit := false
		for _, w := range words {
			if strings.Contains(strings.ToLower(h.Title), w) {
				titleHit = true
			}
		}
		if titleHit && sawBodyOnly {
			t.Errorf("%q: hit %d (%s %q) matches in its title but ranks below a body-only hit", query, i, h.Kind, h.ID)
		}
		if !titleHit {
			sawBodyOnly = true
		}
		if i > 0 && h.Score > hits[i-1].Score {
			t.Errorf("%q: hit %d scores %d, more than the hit before it (%d)", query, i, h.Score, hits[i-1].Score)
		}
		if h.Kind != KindGuide && h.Kind != KindFAQ {
			t.Errorf("%q: hit %d has kind %q", query, i, h.Kind)
		}
		if w := ansi.StringWidth(h.Snippet); w > snippetWidth || w < 10 {
			t.Errorf("%q: snippet of %s is %d columns wide: %q", query, h.ID, w, h.Snippet)
		}
		if strings.ContainsAny(h.Snippet, "\n\r\t*`#|") || strings.Contains(h.Snippet, "](") {
			t.Errorf("%q: snippet of %s has markup or line breaks: %q", query, h.ID, h.Snippet)
		}
	}
}

func TestSearchEnglish(t *testing.T) {
	loaded(t)
	hits := Search(EN, "depth")
	checkHits(t, "depth", hits)
	if len(hits) < 2 {
		t.Fatalf("Search(en, depth) = %d hits, want several", len(hits))
	}
	if h := hits[0]; !strings.Contains(strings.ToLower(h.Title), "depth") {
		t.Errorf("first hit %q does not have depth in its title", h.Title)
	}
	found := false
	for _, h := range hits {
		found = found || h.Kind == KindGuide && h.ID == "depth"
	}
	if !found {
		t.Errorf("the depth section is not among the hits: %+v", hits)
	}

	// Case does not matter.
	upper := Search(EN, "DePTH")
	if len(upper) != len(hits) || upper[0] != hits[0] {
		t.Errorf("Search(en, DePTH) differs from Search(en, depth)")
	}

	// A body-only word: the snippet shows it.
	body := Search(EN, "goroutines")
	checkHits(t, "goroutines", body)
	if len(body) == 0 {
		t.Fatal("Search(en, goroutines) found nothing")
	}
	for _, h := range body {
		if !strings.Contains(strings.ToLower(h.Snippet), "goroutine") && !strings.Contains(strings.ToLower(h.Title), "goroutine") {
			t.Errorf("snippet of %s does not show the match: %q", h.ID, h.Snippet)
		}
	}

	// Every word must match.
	for _, h := range Search(EN, "depth goroutines") {
		s, _ := SectionByID(EN, h.ID)
		f, _ := FAQByID(EN, h.ID)
		text := strings.ToLower(s.Title + s.Body + f.Question + f.Answer)
		if !strings.Contains(text, "depth") || !strings.Contains(text, "goroutine") {
			t.Errorf("%s %s does not contain both words", h.Kind, h.ID)
		}
	}
	if n, m := len(Search(EN, "depth goroutines")), len(body); n > m {
		t.Errorf("two words gave more hits (%d) than one (%d)", n, m)
	}
}

func TestSearchChinese(t *testing.T) {
	loaded(t)
	hits := Search(ZH, "深度")
	checkHits(t, "深度", hits)
	if len(hits) == 0 {
		t.Fatal("Search(zh, 深度) found nothing")
	}
	if !strings.Contains(hits[0].Title, "深度") {
		t.Errorf("first hit %q does not have 深度 in its title", hits[0].Title)
	}
	body := Search(ZH, "调度器")
	checkHits(t, "调度器", body)
	if len(body) == 0 {
		t.Fatal("Search(zh, 调度器) found nothing")
	}
	for _, h := range body {
		if !strings.Contains(h.Snippet, "调度器") && !strings.Contains(h.Title, "调度器") {
			t.Errorf("snippet of %s does not show the match: %q", h.ID, h.Snippet)
		}
	}
}

func TestSearchNothing(t *testing.T) {
	loaded(t)
	for _, q := range []string{"xyzzyplugh", "depth xyzzyplugh", "", "   "} {
		for _, l := range Langs() {
			if hits := Search(l, q); len(hits) != 0 {
				t.Errorf("Search(%s, %q) = %d hits", l, q, len(hits))
			}
		}
	}
}

func TestPlainText(t *testing.T) {
	md := "# Title\n\nSome **bold** and *it* and `code` and [a link](http://x.y) and snake_case.\n\n" +
		"- item one\n1. item two\n> quoted\n\n| a | b |\n|---|:-:|\n| c | d |\n\n```go\nx := 1\n```\n\n## 小节\n**中文**很*好*。"
	want := "Some bold and it and code and a link and snake_case. item one item two quoted a b c d x := 1 小节 中文很好。"
	if got := plainText(md); got != want {
		t.Errorf("plainText:\n got %q\nwant %q", got, want)
	}
}

func TestSnippet(t *testing.T) {
	text := []rune(strings.Repeat("word ", 40) + "needle " + strings.Repeat("tail ", 40))
	at := strings.Index(string(text), "needle")
	s := snippet(text, at)
	if !strings.HasPrefix(s, "…") || !strings.HasSuffix(s, "…") || !strings.Contains(s, "needle") {
		t.Errorf("snippet = %q", s)
	}
	if w := ansi.StringWidth(s); w > snippetWidth {
		t.Errorf("snippet is %d wide", w)
	}
	cjk := []rune(strings.Repeat("汉字", 50) + "目标" + strings.Repeat("文本", 50))
	s = snippet(cjk, 100)
	if !strings.Contains(s, "目标") || ansi.StringWidth(s) > snippetWidth || ansi.StringWidth(s) < snippetWidth-2 {
		t.Errorf("cjk snippet = %q (%d wide)", s, ansi.StringWidth(s))
	}
	if s := snippet([]rune("short text"), 0); s != "short text" {
		t.Errorf("short snippet = %q", s)
	}
}
