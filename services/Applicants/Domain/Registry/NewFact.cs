namespace Employment.Applicants.Domain.Registry;

/// <summary>A fact the rules accepted, to be stored as version 1 of its record, created by <see cref="CreatedBy"/> at <see cref="CreatedAt"/>.</summary>
public sealed record NewFact(FactEntry Entry, string CreatedBy, DateTimeOffset CreatedAt);
