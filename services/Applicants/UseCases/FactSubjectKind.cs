using Employment.Applicants.Data;
using Employment.Applicants.Domain.Registry;
using Employment.Common.V1;
using Employment.ServiceDefaults.Security;
using Google.Protobuf;

namespace Employment.Applicants.UseCases;

/// <summary>
/// What differs between a person's facts and an employer's for <see cref="FactRecording"/>, and
/// nothing else: how the subject is stored and found, its facts' contract message, the names its
/// writes are kept under for idempotency, and whom the shared cache is told about.
/// </summary>
internal abstract class FactSubjectKind<TFact>
    where TFact : IMessage<TFact>
{
    /// <summary>As stored with each fact and audit entry (<see cref="SubjectTypes"/>).</summary>
    public abstract string SubjectType { get; }

    /// <summary>The idempotency operation of adding a fact: an RPC's name, as answers already stored are keyed.</summary>
    public abstract string AddOperation { get; }

    /// <summary>The idempotency operation of correcting or withdrawing a fact.</summary>
    public abstract string CorrectOperation { get; }

    public abstract MessageParser<TFact> Parser { get; }

    public abstract TFact ToProto(FactRecord record);

    public abstract Task<IRegistrySubject> ToChangeAsync(VisibleSubjects subjects, string subjectId, RegionScope scope, CancellationToken cancellationToken);

    public abstract Task ChangedAsync(IProfileChangeNotifier changes, string subjectId, long version, CancellationToken cancellationToken);
}

/// <summary>A person's facts (education, unemployment registration, certificates, insurance…).</summary>
internal sealed class PersonFacts : FactSubjectKind<PersonFact>
{
    public static readonly PersonFacts Kind = new();

    public override string SubjectType => SubjectTypes.Person;

    public override string AddOperation => "AddPersonFact";

    public override string CorrectOperation => "CorrectPersonFact";

    public override MessageParser<PersonFact> Parser => PersonFact.Parser;

    public override PersonFact ToProto(FactRecord record) => RecordMapping.ToPersonFactProto(record);

    public override async Task<IRegistrySubject> ToChangeAsync(VisibleSubjects subjects, string subjectId, RegionScope scope, CancellationToken cancellationToken) =>
        await subjects.PersonToChangeAsync(subjectId, expectedVersion: 0, scope, cancellationToken);

    public override Task ChangedAsync(IProfileChangeNotifier changes, string subjectId, long version, CancellationToken cancellationToken) =>
        changes.PersonChangedAsync(subjectId, version, cancellationToken);
}

/// <summary>An employer's facts (size, headcount, unemployment insurance, layoffs).</summary>
internal sealed class EmployerFacts : FactSubjectKind<EmployerFact>
{
    public static readonly EmployerFacts Kind = new();

    public override string SubjectType => SubjectTypes.Employer;

    public override string AddOperation => "AddEmployerFact";

    public override string CorrectOperation => "CorrectEmployerFact";

    public override MessageParser<EmployerFact> Parser => EmployerFact.Parser;

    public override EmployerFact ToProto(FactRecord record) => RecordMapping.ToEmployerFactProto(record);

    public override async Task<IRegistrySubject> ToChangeAsync(VisibleSubjects subjects, string subjectId, RegionScope scope, CancellationToken cancellationToken) =>
        await subjects.EmployerToChangeAsync(subjectId, expectedVersion: 0, scope, cancellationToken);

    public override Task ChangedAsync(IProfileChangeNotifier changes, string subjectId, long version, CancellationToken cancellationToken) =>
        changes.EmployerChangedAsync(subjectId, version, cancellationToken);
}
