package content

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// seedSentences splits the seed document into sentences on 。！？；, line
// breaks and ". ", without list markers, heading marks and emphasis.
func seedSentences(text string) []string {
	marker := regexp.MustCompile(`^([-*+>#|]+|\d+(\.\d+)*\.?)\s+`)
	text = strings.NewReplacer("。", "。\n", "！", "！\n", "？", "？\n", "；", "；\n", ". ", ".\n").Replace(text)
	var out []string
	for _, s := range strings.Split(text, "\n") {
		s = strings.TrimSpace(s)
		for {
			t := strings.TrimSpace(marker.ReplaceAllString(s, ""))
			if t == s {
				break
			}
			s = t
		}
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func TestNoVerbatimCopyOfTheSeed(t *testing.T) {
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seed", "*.txt"))
	if len(seeds) == 0 {
		t.Skip("seed document not found at ../../shared/seed/*.txt (CI has it beside the checkout)")
	}
	var sentences []string
	for _, p := range seeds {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range seedSentences(string(data)) {
			if utf8.RuneCountInString(s) >= 20 {
				sentences = append(sentences, s)
			}
		}
	}
	if len(sentences) == 0 {
		t.Fatal("no sentences of 20 or more characters in the seed document")
	}
	t.Logf("%d seed sentences of 20 or more characters", len(sentences))
	eachFile(t, func(name, text string) {
		for _, c := range verbatimCopies(sentences, text) {
			t.Errorf("%s:%s", name, c)
		}
	})
}

var noEmphasis = strings.NewReplacer("**", "", "__", "", "`", "")

// verbatimCopies reports each sentence that text contains, also when only
// emphasis marks differ, as "LINE: copies the seed verbatim: SENTENCE".
func verbatimCopies(sentences []string, text string) []string {
	var out []string
	plain := noEmphasis.Replace(text)
	for _, s := range sentences {
		in, at := text, strings.Index(text, s)
		if at < 0 {
			in, at = plain, strings.Index(plain, noEmphasis.Replace(s))
		}
		if at >= 0 {
			line := 1 + strings.Count(in[:at], "\n")
			out = append(out, fmt.Sprintf("%d: copies the seed verbatim: %q", line, s))
		}
	}
	return out
}

func TestVerbatimCopies(t *testing.T) {
	sentences := seedSentences("- **技术深度**：指对一种或多种编程语言和框架的深入理解，能够自如地进行技术实现和优化。短句。")
	text := "---\nid: x\n---\n# 标题\n\n技术深度：指对一种或多种编程语言和框架的深入理解，能够自如地进行技术实现和优化。\n"
	got := verbatimCopies(sentences, text)
	if len(got) != 1 || !strings.HasPrefix(got[0], "6: ") {
		t.Errorf("verbatimCopies = %q", got)
	}
	if got := verbatimCopies(sentences, "完全不同的改写内容，意思相近但措辞不一样。"); len(got) != 0 {
		t.Errorf("verbatimCopies of a rewrite = %q", got)
	}
}

func TestSeedSentences(t *testing.T) {
	got := seedSentences("## 1.2 标题\n- **深度**：第一句。第二句！\nOne sentence. Two; three？")
	want := []string{"标题", "**深度**：第一句。", "第二句！", "One sentence.", "Two; three？"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("seedSentences = %q, want %q", got, want)
	}
}
