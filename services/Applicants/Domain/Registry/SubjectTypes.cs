namespace Employment.Applicants.Domain.Registry;

/// <summary>The two kinds of subject the registry keeps dated facts about, as stored beside each fact and audit entry.</summary>
public static class SubjectTypes
{
    public const string Person = "person";

    public const string Employer = "employer";
}
