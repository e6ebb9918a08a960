package cli

import (
	"cmp"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"coach/content"
	"coach/domain"
)

// sayError is err as the command line prints it: one line, in the
// interface's language. Messages are written in English throughout the
// program; in another language each one is matched against the English
// formats of content.CLIErrors and said with that language's format, and a
// part that is itself a message is said the same way. An input rule
// (domain.Problem) is said from its fields. A message the table does not
// know stays in English. Only the error line changes: --json output and the
// exit status are the same in every language.
func sayError(err error, lang content.Lang) string {
	text := strings.TrimSpace(err.Error())
	if t := translatorFor(lang); t != nil {
		var p *domain.Problem
		if errors.As(err, &p) {
			if msg, ok := t.ui.Problem(p); ok {
				t = t.with(p.Error(), msg)
			}
		}
		text = t.say(text, 0)
	}
	return oneLine(errors.New(text))
}

// translator says English messages in one language.
type translator struct {
	ui      content.CLIErrorsUI
	formats []errorFormat
	known   map[string]string // whole messages said as they are (a Problem's)
}

// errorFormat is one English format as a pattern, with the language's
// format rewritten to take every part as a string.
type errorFormat struct {
	re      *regexp.Regexp
	argOf   []int  // the argument each group of re captures
	nested  []bool // whether that argument may itself be a message
	said    string // the language's format, every verb %[n]s
	fills   bool   // whether said takes any part
	literal int    // how much of the format is fixed text
	leads   bool   // whether the format begins with a part
	trails  bool   // whether it ends with one
}

// edges is how much of a match the format leaves to its first and last
// parts when it begins or ends with them: the less, the more of the text's
// outer structure the format's own words account for.
func (f errorFormat) edges(m []string) int {
	n := 0
	if f.leads && len(m) > 1 {
		n += len(m[1])
	}
	if f.trails && len(m) > 1 {
		n += len(m[len(m)-1])
	}
	return n
}

var translators sync.Map // content.Lang → *translator, built on first use

func translatorFor(lang content.Lang) *translator {
	if t, ok := translators.Load(lang); ok {
		return t.(*translator)
	}
	ui := content.CLIErrors(lang)
	if ui.Formats == nil {
		return nil
	}
	t := &translator{ui: ui}
	for en, said := range ui.Formats {
		if f, err := compileFormat(en, said); err == nil { // a test reads every entry
			t.formats = append(t.formats, f)
		}
	}
	// A fixed order: a tie that best cannot break goes the same way every
	// time, to the format with more fixed text.
	slices.SortFunc(t.formats, func(a, b errorFormat) int {
		return cmp.Or(b.literal-a.literal, strings.Compare(a.said, b.said))
	})
	actual, _ := translators.LoadOrStore(lang, t)
	return actual.(*translator)
}

// with is t that also says the message en as said.
func (t *translator) with(en, said string) *translator {
	c := *t
	c.known = map[string]string{en: said}
	return &c
}

// say translates one message; depth bounds the nesting of messages.
func (t *translator) say(text string, depth int) string {
	said, _ := t.best(text, depth)
	return said
}

// best says text by the reading that accounts for most of it: each format
// that matches scores its fixed text plus the score of its parts, so that
// "X: Y; nothing was imported" is read as that around Y, not as a format
// of Y that swallowed the rest. Two readings can score the same when
// every part is known ("F: A: B; nothing was imported" read as the outer
// format around "A: B", or as A's format whose last part took "B;
// nothing was imported" along): then the one whose words reach furthest
// out, leaving least to a first or last part, is the right one.
func (t *translator) best(text string, depth int) (said string, score int) {
	if s, ok := t.known[text]; ok {
		return s, len(text)
	}
	if depth > 8 {
		return text, 0
	}
	said = text
	found, edges := false, 0
	for _, f := range t.formats {
		m := f.re.FindStringSubmatch(text)
		if m == nil {
			continue
		}
		args := make([]any, len(f.argOf))
		n := f.literal
		for i, part := range m[1:] {
			if f.nested[i] {
				var k int
				part, k = t.best(part, depth+1)
				n += k
			}
			args[f.argOf[i]] = part
		}
		e := f.edges(m)
		if n < score || n == score && (!found || e >= edges) {
			continue
		}
		score, found, edges = n, true, e
		said = f.said
		if f.fills {
			said = fmt.Sprintf(f.said, args...)
		}
	}
	return said, score
}

// verbRE finds the verbs of a format: flags, an explicit argument index,
// a width and a precision, then the verb letter.
var verbRE = regexp.MustCompile(`%([-+# 0]*)(?:\[(\d+)\])?(\d*)(?:\.\d+)?([a-zA-Z%])`)

// compileFormat makes the pattern of the English format en and rewrites
// said (the same parts in any order; it may leave one out) to take
// strings.
func compileFormat(en, said string) (errorFormat, error) {
	f := errorFormat{}
	var pattern strings.Builder
	pattern.WriteString(`(?s)^`)
	next, last := 0, 0
	enArgs := map[int]bool{}
	for _, loc := range verbRE.FindAllStringSubmatchIndex(en, -1) {
		if loc[0] == 0 && en[loc[8]:loc[9]] != "%" {
			f.leads = true
		}
		literal := en[last:loc[0]]
		pattern.WriteString(regexp.QuoteMeta(literal))
		f.literal += len(literal)
		last = loc[1]
		verb := en[loc[8]:loc[9]]
		if verb == "%" {
			pattern.WriteString("%")
			continue
		}
		arg := next
		if loc[4] >= 0 {
			n, _ := strconv.Atoi(en[loc[4]:loc[5]])
			arg = n - 1
		}
		next = arg + 1
		enArgs[arg] = true
		switch verb {
		case "d":
			pattern.WriteString(`([-+]?\d+)`)
		case "q":
			pattern.WriteString(`("(?:[^"\\]|\\.)*")`)
		default:
			pattern.WriteString(`(.+?)`)
		}
		f.argOf = append(f.argOf, arg)
		f.nested = append(f.nested, verb == "s" || verb == "v" || verb == "w")
	}
	f.trails = last == len(en) && len(f.argOf) > 0 && !strings.HasSuffix(en, "%%")
	pattern.WriteString(regexp.QuoteMeta(en[last:]))
	f.literal += len(en) - last
	pattern.WriteString(`$`)
	re, err := regexp.Compile(pattern.String())
	if err != nil {
		return f, fmt.Errorf("%q: %v", en, err)
	}
	f.re = re
	// The language's format: the same arguments, each as a string.
	next = 0
	var bad error
	f.said = verbRE.ReplaceAllStringFunc(said, func(v string) string {
		m := verbRE.FindStringSubmatch(v)
		if m[4] == "%" {
			return v
		}
		arg := next
		if m[2] != "" {
			n, _ := strconv.Atoi(m[2])
			arg = n - 1
		}
		next = arg + 1
		f.fills = true
		if !enArgs[arg] {
			bad = fmt.Errorf("%q says part %d, which %q does not have", said, arg+1, en)
		}
		return "%[" + strconv.Itoa(arg+1) + "]s"
	})
	return f, bad
}

// errorLang is the language of an error line: the interface's, found as
// a.lang finds it. A flag error can come before cobra has read --lang, so
// the arguments are read for it here; a --lang that names no language
// leaves the choice to the environment.
func (a *app) errorLang(args []string) content.Lang {
	flag := a.langFlag
	if flag == "" {
		flag = langArg(args)
	}
	if flag != "" {
		if l, err := content.ParseLang(flag); err == nil {
			return l
		}
	}
	if v := a.Getenv("COACH_LANG"); v != "" {
		if l, err := content.ParseLang(v); err == nil {
			return l
		}
	}
	return content.DetectLang(a.Getenv)
}

// langArg is the value of the last --lang in args, before any "--".
func langArg(args []string) string {
	v := ""
	for i := 0; i < len(args); i++ {
		switch arg := args[i]; {
		case arg == "--":
			return v
		case arg == "--lang" && i+1 < len(args):
			v = args[i+1]
			i++
		case strings.HasPrefix(arg, "--lang="):
			v = strings.TrimPrefix(arg, "--lang=")
		}
	}
	return v
}
