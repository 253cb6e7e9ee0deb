using System.Globalization;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Workbench.Pages.Window;

/// <summary>
/// A registration as its form posts it, for a number the registry does not hold: a person's name, phone and places, or
/// an employer's name, place, kind, registration date and legal representative; the screen's key makes a second press
/// the same registration.
/// </summary>
public sealed record RegistrationForm(string Number, string Name, string Phone, string Residence, string Household, string Kind, string RegisteredOn, string LegalRepresentative, string IdempotencyKey)
{
    public static RegistrationForm New(string number) => new(number, "", "", "", "", "", "", "", ScreenKeys.New());

    public static RegistrationForm From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string Text(string name) => form[name].ToString().Trim();
        var key = ScreenKeys.Of(form);
        return new(Text("number").ToUpperInvariant(), Text("name"), Text("phone"), Text("residence"), Text("household"), Text("kind"), Text("registered_on"), Text("legal_representative").ToUpperInvariant(), key);
    }

    /// <summary>A valid identity number (a person is registered), as the search reads it first; otherwise a credit code (an employer).</summary>
    public bool Person { get; init; }

    public static bool IsPersonNumber(string number, DateOnly today) => ResidentIdNumber.TryParse(number, today, out _, out _);
}

/// <summary>
/// 登记 from 一窗受理: a person or an employer the registry does not hold, registered with the clerk's token (the registry
/// checks the number's check character, the names, the phone and that the places lie within the clerk's office, and
/// answers in words the screen shows); then the window of the one registered, where their facts are added.
/// </summary>
public sealed class WindowRegistration(ServiceCalls calls, ChinaClock clock)
{
    private const string RegistryZh = "人员和单位登记";

    /// <summary>The kinds of employer as the registry names them.</summary>
    public static IReadOnlyList<(EntityKind Kind, string NameZh)> EmployerKinds { get; } =
        [(EntityKind.Enterprise, "企业"), (EntityKind.IndividualBusiness, "个体工商户"), (EntityKind.Cooperative, "农民专业合作社"), (EntityKind.Organisation, "社会组织、事业单位或其他")];

    /// <summary>The window of the one registered, or the search page again with what the registry said.</summary>
    public async Task<(string? Registered, WindowSearchView View)> RegisterAsync(RegistrationForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        form = form with { Person = RegistrationForm.IsPersonNumber(form.Number, clock.Today) };
        var again = new WindowSearchView(new WindowQuery(form.Number), null, null, true) { Registration = form };
        if (form.Person)
        {
            var person = await calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, Person>(RegistryZh,
                (client, options) => client.RegisterPersonAsync(new RegisterPersonRequest
                {
                    IdempotencyKey = form.IdempotencyKey,
                    Person = new Person
                    {
                        IdNumber = form.Number,
                        Name = form.Name,
                        Phone = form.Phone,
                        ResidenceRegion = Place(form.Residence),
                        HouseholdRegion = Place(form.Household),
                    },
                }, options).ResponseAsync, cancellationToken);
            return person.Value is { } registered ? (PersonWindow.PathOf(registered.PersonId), again) : (null, again with { RegistrationProblem = person.Problem });
        }

        if (!UnifiedSocialCreditCode.TryParse(form.Number, out _, out var codeError))
        {
            return (null, again with { InputProblem = "号码有误：" + codeError.MessageZh, NotFound = false });
        }

        CalendarDate? registeredOn = null;
        if (form.RegisteredOn.Length > 0)
        {
            if (!DateOnly.TryParseExact(form.RegisteredOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return (null, again with { RegistrationProblem = ServiceProblem.Refused(RegistryZh, "成立日期应写作 年-月-日，如 2020-05-18。") });
            }

            registeredOn = new CalendarDate { Year = day.Year, Month = day.Month, Day = day.Day };
        }

        var employer = await calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, Employer>(RegistryZh,
            (client, options) => client.RegisterEmployerAsync(new RegisterEmployerRequest
            {
                IdempotencyKey = form.IdempotencyKey,
                Employer = new Employer
                {
                    CreditCode = form.Number,
                    Name = form.Name,
                    Region = Place(form.Residence),
                    Kind = EmployerKinds.FirstOrDefault(k => k.Kind.ToString() == form.Kind).Kind,
                    RegistrationDate = registeredOn,
                    LegalRepresentativeIdNumber = form.LegalRepresentative,
                },
            }, options).ResponseAsync, cancellationToken);
        return employer.Value is { } made ? (EmployerWindow.PathOf(made.EmployerId), again) : (null, again with { RegistrationProblem = employer.Problem });
    }

    private static RegionCode? Place(string code) => Places.Find(code) is null ? null : new RegionCode { Code = code };
}
