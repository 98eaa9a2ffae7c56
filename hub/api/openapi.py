def build_document(request):
    return {}
