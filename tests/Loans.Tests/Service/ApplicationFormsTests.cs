using Employment.Common.V1;
using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Xunit;
using static Loans.Tests.LoanRequestsFor;

namespace Loans.Tests.Service;

/// <summary>
/// The counter's application as the service describes it and previews it: one form per kind of borrower (a person by
/// identity number, an enterprise by credit code with its staffing), the product a choice among the kind's products
/// (R4, R5); a preview judges exactly as taking would and stores nothing.
/// </summary>
public sealed class ApplicationFormsTests(LoansHost host) : IClassFixture<LoansHost>
{
    [Fact(Timeout = 30_000)]
    public async Task R4_R5_each_borrower_kind_has_its_form_asking_its_own_key_and_choosing_among_its_products()
    {
        var forms = await host.Loans.DescribeApplicationFormsAsync(new DescribeFormsRequest());

        Assert.Equal(
            ["BORROWER_KIND_INDIVIDUAL", "BORROWER_KIND_INDIVIDUAL_BUSINESS", "BORROWER_KIND_PARTNERSHIP", "BORROWER_KIND_SMALL_MICRO_ENTERPRISE", "BORROWER_KIND_MEDIUM_ENTERPRISE"],
            forms.Forms.Select(f => f.Kind));
        var individual = forms.Forms[0];
        Assert.Contains(individual.Fields, f => f.Path == "borrower.id_number" && f.Type == FormFieldType.IdNumber && f.Required);
        Assert.DoesNotContain(individual.Fields, f => f.Path is "borrower.credit_code" or "borrower.kind" or "staffing");
        var products = individual.Fields.Single(f => f.Path == "product_id");
        Assert.Equal(FormFieldType.Choice, products.Type);
        Assert.Equal(["individual.subsidised", "individual.unsubsidised", "honours.subsidised", "honours.unsubsidised"], products.Choices.Select(c => c.Value));

        var medium = forms.Forms[4];
        Assert.Contains(medium.Fields, f => f.Path == "borrower.credit_code" && f.Type == FormFieldType.CreditCode);
        Assert.Contains(medium.Fields, f => f.Path == "staffing.current_staff");
        Assert.DoesNotContain(medium.Fields, f => f.Path == "borrower.id_number");
        Assert.Equal(["enterprise.mixed", "honours.subsidised", "honours.unsubsidised"], medium.Fields.Single(f => f.Path == "product_id").Choices.Select(c => c.Value));
    }

    [Fact(Timeout = 60_000)]
    public async Task R4_a_preview_judges_as_taking_would_and_stores_nothing()
    {
        var counter = TestCallers.Counter("410800", "clerk-preview");
        var id = await host.RegisterUnemployedPersonAsync("预审借款人");
        var request = new SubmitApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Borrower = new Borrower { IdNumber = id, Kind = BorrowerKind.Individual },
            Region = new RegionCode { Code = "410802" },
            ProductId = "individual.subsidised",
            BankCode = "PREVIEW-BANK",
            RequestedAmount = new Money { Fen = 10 * Wan },
            TermMonths = 24,
            IntendedIssueDate = D(2023, 7, 1),
        };

        var previewed = await host.Loans.PreviewApplicationAsync(request, counter);
        Assert.Equal("", previewed.ApplicationId);
        Assert.Equal("", previewed.ProgressCode);
        Assert.True(previewed.Eligible);
        var listed = await host.Loans.ListApplicationsAsync(new ListApplicationsRequest { BorrowerIdNumber = id }, counter);
        Assert.Empty(listed.Applications);

        var taken = await host.Loans.SubmitApplicationAsync(request, counter);
        Assert.Equal(previewed.Eligible, taken.Eligible);
        Assert.Equal(previewed.Eligibility.Checks.Select(c => (c.RuleId, c.Passed)), taken.Eligibility.Checks.Select(c => (c.RuleId, c.Passed)));
    }
}
