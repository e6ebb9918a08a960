package content

import (
	"fmt"
	"strings"
)

// Lang is a content language.
type Lang string

// The supported content languages. EN is the reference language: every
// other language falls back to it for anything it lacks.
const (
	EN Lang = "en"
	ZH Lang = "zh"
)

// Langs returns the supported languages, reference language first.
func Langs() []Lang { return []Lang{EN, ZH} }

// ParseLang accepts a language code ("en", "ZH") or a POSIX locale name
// ("zh_CN.UTF-8", "en_US", "zh-Hans") and returns the matching language.
func ParseLang(s string) (Lang, error) {
	v := strings.ToLower(strings.TrimSpace(s))
	// Drop the codeset and modifier: "zh_cn.utf-8@euro" -> "zh_cn".
	if i := strings.IndexAny(v, ".@"); i >= 0 {
		v = v[:i]
	}
	// Keep the primary language subtag: "zh_cn", "zh-hans" -> "zh".
	if i := strings.IndexAny(v, "_-"); i >= 0 {
		v = v[:i]
	}
	switch Lang(v) {
	case EN:
		return EN, nil
	case ZH:
		return ZH, nil
	}
	return "", fmt.Errorf("unknown language %q (want en or zh)", s)
}

// DetectLang picks the language from the environment: the first non-empty
// of COACH_LANG, LC_ALL, LC_MESSAGES and LANG decides; a value starting with
// "zh" gives ZH, anything else (or nothing) gives EN.
func DetectLang(getenv func(string) string) Lang {
	for _, name := range []string{"COACH_LANG", "LC_ALL", "LC_MESSAGES", "LANG"} {
		v := strings.TrimSpace(getenv(name))
		if v == "" {
			continue
		}
		if strings.HasPrefix(strings.ToLower(v), "zh") {
			return ZH
		}
		return EN
	}
	return EN
}

// known returns l when it is a supported language and EN otherwise, so
// that a zero or unknown Lang still gets content.
func (l Lang) known() Lang {
	if l == ZH {
		return ZH
	}
	return EN
}
