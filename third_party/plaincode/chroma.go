// Package chroma is the small part of a syntax highlighter's API that
// glamour uses, without highlighting: see README.md.
package chroma

// TokenType names a kind of token a style can colour.
type TokenType int

// The token kinds glamour builds a style from. Their values only need to be
// distinct.
const (
	Background TokenType = iota
	Text
	Error
	Comment
	CommentPreproc
	Keyword
	KeywordReserved
	KeywordNamespace
	KeywordType
	Operator
	Punctuation
	Name
	NameBuiltin
	NameTag
	NameAttribute
	NameClass
	NameConstant
	NameDecorator
	NameException
	NameFunction
	NameOther
	Literal
	LiteralNumber
	LiteralDate
	LiteralString
	LiteralStringEscape
	GenericDeleted
	GenericEmph
	GenericInserted
	GenericStrong
	GenericSubheading
)

// StyleEntries maps token kinds to style text such as "bold #ff0000".
type StyleEntries map[TokenType]string

// Style is a named set of entries.
type Style struct {
	Name    string
	Entries StyleEntries
}

// MustNewStyle makes a style; it cannot fail here.
func MustNewStyle(name string, entries StyleEntries) *Style {
	return &Style{Name: name, Entries: entries}
}
