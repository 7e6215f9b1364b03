namespace FrameworkGuide.Soak.Reading;

/// <summary>What can be wrong with one answer. Every one of them fails the soak.</summary>
internal enum Problem
{
    /// <summary>A 5xx answer.</summary>
    ServerError,

    /// <summary>No answer: the connection failed or the request timed out (10 s).</summary>
    RequestFailed,

    /// <summary>A status the page may not answer: 404 or 301 for a guide that is never deleted or renamed, 429, …</summary>
    UnexpectedStatus,

    /// <summary>An HTML page that does not end with <c>&lt;/html&gt;</c>.</summary>
    TruncatedHtml,

    /// <summary>JSON that does not parse, or XML, or a PNG without its signature and end chunk.</summary>
    Malformed,

    /// <summary>A Content-Type other than the page's.</summary>
    WrongContentType,

    /// <summary>Two versions of one guide in one answer.</summary>
    TornPage,

    /// <summary>A guide page without the markers of a part it shows (the site served a half-written file).</summary>
    IncompleteGuide,

    /// <summary>A guide page that shows no marker of its own guide.</summary>
    WrongGuide,

    /// <summary>A marker of a broken edit: the site served a version it should have refused.</summary>
    BrokenVersionServed,

    /// <summary>An older version of a guide than an answer that had already arrived before this request was sent.</summary>
    WentBack,

    /// <summary>A 301 that does not lead to the same guide's current address.</summary>
    BadRedirect,
}
