using Employment.Common.V1;
using Google.Protobuf.Collections;

namespace Employment.Training.V1;

public sealed partial class PaymentBatch : IPaymentBatchAnswer
{
    RepeatedField<string> IPaymentBatchAnswer.RecordIds => ApplicationIds;
}

public sealed partial class CreatePaymentBatchRequest : ICreatePaymentBatchRequest
{
    RepeatedField<string> ICreatePaymentBatchRequest.RecordIds => ApplicationIds;

    string ICreatePaymentBatchRequest.RecordIdsField => "application_ids";
}

public sealed partial class RecordPaymentRequest : IRecordPaymentRequest
{
    string IRecordPaymentRequest.RecordId => ApplicationId;

    GivenPayment IRecordPaymentRequest.Given => new(PaidOn, Amount, PaymentReference);

    string IRecordPaymentRequest.PaymentFieldPrefix => "";
}
