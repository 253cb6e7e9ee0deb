namespace Employment.Applicants.Domain.Exchange;

/// <summary>One data row of an agency's file as its header names the columns: a column's text, trimmed ("" when empty).</summary>
public interface IAgencyRow
{
    /// <summary>The row's line in the file; the header is line 1.</summary>
    long Line { get; }

    string this[string column] { get; }
}
