using Employment.Applicants.V1;
using Employment.Common.V1;
using Grpc.Core;
using Xunit;
using Employment.TestInfrastructure;

namespace Applicants.Tests;

/// <summary>
/// "INTERNAL on ordinary bad input": a bad identity number or credit code in a key,
/// and an absurd search name, are INVALID_ARGUMENT naming the field, never INTERNAL.
/// </summary>
public sealed class BadInputTests(SqliteRegistry host) : IClassFixture<SqliteRegistry>
{
    // 410802200106153014 with a wrong check digit (the right one is not 4).
    private const string WrongCheckDigit = "410802200106153014";

    [Fact(Timeout = 30_000)]
    public async Task GetPerson_with_a_wrong_check_digit_is_invalid_argument_naming_the_field()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            host.Client.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { IdNumber = WrongCheckDigit } }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("person.id_number", error.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task GetProfile_with_a_wrong_check_digit_is_invalid_argument_naming_the_field()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            host.Client.GetProfileAsync(new GetProfileRequest { Person = new PersonKey { IdNumber = WrongCheckDigit }, Purpose = "loans.eligibility" }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("id_number", error.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task GetEmployer_with_a_bad_credit_code_is_invalid_argument_naming_the_field()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            host.Client.GetEmployerAsync(new GetEmployerRequest { Employer = new EmployerKey { CreditCode = "91410800MA00000000" } }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("employer.credit_code", error.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task FindPeople_with_a_one_megabyte_name_is_invalid_argument_naming_the_field()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            host.Client.FindPeopleAsync(new FindPeopleRequest { Name = new string('张', 1_000_000) }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("name", error.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_negative_page_size_is_invalid_argument_and_a_huge_one_is_capped()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            host.Client.FindPeopleAsync(new FindPeopleRequest { Name = "张", Page = new PageRequest { PageSize = -1 } }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("page.page_size", error.Said(), StringComparison.Ordinal);

        var huge = await host.Client.FindPeopleAsync(new FindPeopleRequest { Name = "张", Page = new PageRequest { PageSize = 1_000_000_000 } });
        Assert.InRange(huge.People.Count, 0, Employment.ServiceDefaults.Paging.Pages.MaxSize);
    }

    [Fact(Timeout = 30_000)]
    public async Task Low_an_unknown_household_type_is_invalid_argument_not_stored()
    {
        var request = People.Register(People.IdNumber(new DateOnly(1990, 1, 1)));
        request.Person.HouseholdType = (HouseholdType)99;
        var error = await Assert.ThrowsAsync<RpcException>(async () => await host.Client.RegisterPersonAsync(request));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("person.household_type", error.Said(), StringComparison.Ordinal);
    }

    [Theory(Timeout = 30_000)]
    [InlineData(2023, 2, 30)]   // no such day
    [InlineData(1990, 1, 2)]    // a real day, but not the one the number carries (1990-01-01)
    public async Task Low_a_birth_date_that_disagrees_with_the_identity_number_is_invalid_argument(int year, int month, int day)
    {
        var request = People.Register(People.IdNumber(new DateOnly(1990, 1, 1)));
        request.Person.BirthDate = new CalendarDate { Year = year, Month = month, Day = day };
        var error = await Assert.ThrowsAsync<RpcException>(async () => await host.Client.RegisterPersonAsync(request));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("person.birth_date", error.Said(), StringComparison.Ordinal);
    }

    [Theory(Timeout = 30_000)]
    [InlineData("张\u0000三")]
    [InlineData("\u001b[31m张三")]
    [InlineData("张三\u202e")]
    [InlineData("张三\r\nINFO forged")]
    public async Task Low_control_and_format_characters_in_a_name_are_invalid_argument(string name)
    {
        var request = People.Register(People.IdNumber(new DateOnly(1990, 1, 1)), name);
        var error = await Assert.ThrowsAsync<RpcException>(async () => await host.Client.RegisterPersonAsync(request));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("person.name", error.Said(), StringComparison.Ordinal);
    }

    [Theory(Timeout = 30_000)]
    [InlineData("CN")]
    [InlineData("410000")]
    [InlineData("41080")]
    [InlineData("4108O2")]
    public async Task One_region_rule_a_residence_must_be_a_city_county_or_zone_as_a_loans_region_must(string code)
    {
        var request = People.Register(People.IdNumber(new DateOnly(1990, 1, 1)));
        request.Person.ResidenceRegion = new RegionCode { Code = code };
        var error = await Assert.ThrowsAsync<RpcException>(async () => await host.Client.RegisterPersonAsync(request));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("person.residence_region", error.Said(), StringComparison.Ordinal);
    }
}
