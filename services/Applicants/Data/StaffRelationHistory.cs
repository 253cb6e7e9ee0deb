using Microsoft.EntityFrameworkCore;

namespace Employment.Applicants.Data;

/// <summary>
/// One value a staff fact took: a person's 工号 or 户号, an employer's legal representative, from when
/// and by whom. Rows are only added: a later change or a clearing leaves what was held before, so an
/// audit of a decision judges by every value held, not only today's (a clerk's staff id cleared after the
/// fact still names them).
/// </summary>
public sealed class StaffRelationRecord
{
    public required string Id { get; set; }

    public required string SubjectType { get; set; }

    public required string SubjectId { get; set; }

    /// <summary>The field of the contract it records: staff_id, household_number or legal_representative_id_number.</summary>
    public required string Field { get; set; }

    public required string Value { get; set; }

    public DateTimeOffset At { get; set; }

    public string Actor { get; set; } = "";
}

/// <summary>Writing and reading the history of staff facts (<see cref="StaffRelationRecord"/>).</summary>
internal static class StaffRelationHistory
{
    public const string StaffId = "staff_id";
    public const string HouseholdNumber = "household_number";
    public const string LegalRepresentative = "legal_representative_id_number";

    /// <summary>Adds the value taken, in the write's unit of work; an empty value (a clearing) adds nothing, what was held stays.</summary>
    public static void Held(this ApplicantsDbContext db, string subjectType, string subjectId, string field, string value, string actor, DateTimeOffset at)
    {
        if (value.Length == 0)
        {
            return;
        }

        db.StaffRelations.Add(new StaffRelationRecord
        {
            Id = Employment.ServiceDefaults.Data.RecordIds.New("SR"),
            SubjectType = subjectType,
            SubjectId = subjectId,
            Field = field,
            Value = value,
            At = at,
            Actor = actor,
        });
    }

    /// <summary>Every subject that has held one of <paramref name="values"/> in <paramref name="field"/>, as (value, subject id).</summary>
    public static async Task<List<(string Value, string SubjectId)>> HoldersAsync(this ApplicantsDbContext db, string field, IReadOnlyCollection<string> values, CancellationToken cancellationToken) =>
        (await db.StaffRelations.AsNoTracking().Where(r => r.Field == field && values.Contains(r.Value))
            .Select(r => new { r.Value, r.SubjectId }).Distinct().ToListAsync(cancellationToken))
            .Select(r => (r.Value, r.SubjectId)).ToList();

    /// <summary>Every value each subject has held in <paramref name="field"/>, by subject id.</summary>
    public static async Task<ILookup<string, string>> HeldByAsync(this ApplicantsDbContext db, string field, IReadOnlyCollection<string> subjectIds, CancellationToken cancellationToken) =>
        (await db.StaffRelations.AsNoTracking().Where(r => r.Field == field && subjectIds.Contains(r.SubjectId))
            .Select(r => new { r.SubjectId, r.Value }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(r => r.SubjectId, r => r.Value, StringComparer.Ordinal);
}
